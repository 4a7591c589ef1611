/** A lower-cased, accent-free copy of a text that can point back into the original. */
export interface FoldedText {
  original: string;
  text: string;
  /** The original span behind the folded span [start, end). */
  originalSpan(start: number, end: number): string;
}

const combiningMarks = /\p{M}/gu;
// Typographic apostrophes would stop "don’t" from matching "don't".
const apostrophes = /[\u2018\u2019\u02BC\u2032`´]/gu;

/**
 * Folds case, accents, width variants and apostrophes, so that a cue is written once
 * ("mochte" matches "möchte", "！" becomes "!"); ß becomes ss as in Swiss spelling.
 */
export function foldText(original: string): FoldedText {
  let text = "";
  const origins: number[] = [];
  for (let index = 0; index < original.length; ) {
    const code = original.charCodeAt(index);
    // Plain ASCII needs only lower-casing; it is most of every Latin-script message.
    if (code < 0x80 && code !== 0x60) {
      text += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : original[index];
      origins.push(index);
      index += 1;
      continue;
    }
    const character = String.fromCodePoint(original.codePointAt(index) ?? 0);
    const folded = character
      .toLowerCase()
      .normalize("NFKD")
      .replace(combiningMarks, "")
      .replace(apostrophes, "'")
      .replace(/ß/gu, "ss");
    for (let unit = 0; unit < folded.length; unit += 1) origins.push(index);
    text += folded;
    index += character.length;
  }
  origins.push(original.length);
  return {
    original,
    text,
    originalSpan(start, end) {
      const from = origins[Math.min(start, origins.length - 1)];
      const last = origins[Math.min(Math.max(end - 1, start), origins.length - 1)];
      const to = last + String.fromCodePoint(original.codePointAt(last) ?? 0).length;
      return original.slice(from, Math.min(to, original.length)).trim();
    },
  };
}
