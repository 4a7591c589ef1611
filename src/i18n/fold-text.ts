/** A lower-cased, accent-free copy of a text that still knows where each character came from. */
export interface FoldedText {
  original: string;
  text: string;
  /** Maps a span of the folded text back to the span of the original it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** The original text behind a folded span, trimmed. */
  originalSpan(start: number, end: number): string;
}

const combiningMarks = /\p{M}/gu;
// Typographic quotes would otherwise stop "don’t" from matching "don't".
const quoteVariants = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g;
const doubleQuoteVariants = /[\u201C\u201D\u201E\u00AB\u00BB]/g;

/**
 * Folds case, accents, width and quote variants, so that a pattern is written once per word
 * ("mochte" matches "möchte", "！" becomes "!"); ß becomes ss as in Swiss spelling.
 */
export function foldText(original: string): FoldedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < original.length; ) {
    const code = original.charCodeAt(index);
    // Plain ASCII needs only lower-casing; it is most of every Latin-script message.
    if (code < 0x80 && code !== 0x60) {
      text += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : original[index];
      starts.push(index);
      ends.push(index + 1);
      index += 1;
      continue;
    }
    const character = String.fromCodePoint(original.codePointAt(index) ?? 0);
    const next = index + character.length;
    const folded = character
      .toLowerCase()
      .normalize("NFKD")
      .replace(combiningMarks, "")
      .replace(quoteVariants, "'")
      .replace(doubleQuoteVariants, '"')
      .replace(/ß/gu, "ss");
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(index);
      ends.push(next);
    }
    text += folded;
    index = next;
  }
  const toOriginal = (start: number, end: number) => {
    if (starts.length === 0) return { start: 0, end: 0 };
    const originalStart = start < starts.length ? starts[start] : original.length;
    if (end <= start) return { start: originalStart, end: originalStart };
    return { start: originalStart, end: ends[Math.min(end, ends.length) - 1] };
  };
  return {
    original,
    text,
    toOriginal,
    originalSpan(start, end) {
      const span = toOriginal(start, Math.max(end, start + 1));
      return original.slice(span.start, span.end).trim();
    },
  };
}

/** Folds a pattern phrase the same way texts are folded. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).text;
}
