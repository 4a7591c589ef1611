/**
 * Parsed documents arrive as plain text, so headings are recognised by shape: Markdown "#" lines
 * for sure, otherwise a short line that does not end like a sentence, standing where a heading
 * stands (on its own, or first after a finished sentence) with body text after it.
 */

const markdownHeading = /^#{1,6}\s+(\S.*?)(?:\s+#+)?$/;
const listMarker = /^(?:[-*+•·▪●◦‣–—]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s)/;
const sentencePunctuation = /[.,;:!?…。！？，；：、\-–—]$/;
const sentenceEnd = /[.!?…。！？]["'”’»)\]」』）]*$/;
const maximumHeadingLength = 80;
const maximumHeadingWords = 12;

/** The heading text of a Markdown "#" line, without the hashes. */
export function markdownHeadingText(line: string): string | undefined {
  return line.match(markdownHeading)?.[1];
}

/** Whether a trimmed line is shaped like a heading (short, capitalised, no closing punctuation). */
export function looksLikeHeading(line: string): boolean {
  if (line.length < 2 || line.length > maximumHeadingLength) return false;
  if (sentencePunctuation.test(line) || listMarker.test(line)) return false;
  if (line.split(/\s+/).length > maximumHeadingWords) return false;
  // Capital letter, digit or an uncased script (CJK) first: wrapped sentence tails start in lower case.
  return /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“'‘¿¡(]/u.test(line) && /\p{L}/u.test(line);
}

/**
 * Decide which lines are headings. `lines` are trimmed, with "" for blank lines.
 * Returns one flag per line.
 */
export function detectHeadings(lines: string[]): boolean[] {
  const flags = lines.map((line) => markdownHeading.test(line));
  const isBody = (index: number) => index < lines.length && lines[index] !== "" && !flags[index] && !looksLikeHeading(lines[index]);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === "" || flags[index] || !looksLikeHeading(line)) continue;
    const previous = lines[index - 1] ?? "";
    const next = lines[index + 1] ?? "";
    const opensBlock = previous === "" || flags[index - 1] || sentenceEnd.test(previous);
    if (!opensBlock) continue;
    if (next === "") {
      // A line standing alone heads whatever block follows it.
      flags[index] = nextNonBlank(lines, index + 1) !== undefined;
    } else if (isBody(index + 1)) {
      flags[index] = true;
    } else if (looksLikeHeading(next) && !flags[index + 1] && isBody(index + 2)) {
      // Title and subtitle on consecutive lines, as PDF text layers give them.
      flags[index] = true;
      flags[index + 1] = true;
    }
  }
  return flags;
}

function nextNonBlank(lines: string[], from: number): number | undefined {
  for (let index = from; index < lines.length; index++) if (lines[index] !== "") return index;
  return undefined;
}
