/** A lower-cased, accent-free copy of a text that still knows where each character came from. */
export interface FoldedText {
  original: string;
  text: string;
  /** Maps a span of the folded text back to the span of the original it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// Typographic quotes would otherwise stop "you’re" from matching "you're".
const quoteVariants = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g;
const doubleQuoteVariants = /[\u201C\u201D\u201E\u00AB\u00BB]/g;
const combiningMarks = /\p{M}/gu;

/** Folds case, accents, width and quote variants so that patterns are written once per word. */
export function foldText(original: string): FoldedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < original.length; ) {
    const codePoint = original.codePointAt(index) ?? 0;
    const character = String.fromCodePoint(codePoint);
    const next = index + character.length;
    const folded = character
      .toLowerCase()
      .normalize("NFKD")
      .replace(combiningMarks, "")
      .replace(quoteVariants, "'")
      .replace(doubleQuoteVariants, '"');
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(index);
      ends.push(next);
    }
    text += folded;
    index = next;
  }
  return {
    original,
    text,
    toOriginal(start, end) {
      if (starts.length === 0) return { start: 0, end: 0 };
      const originalStart = start < starts.length ? starts[start] : original.length;
      if (end <= start) return { start: originalStart, end: originalStart };
      return { start: originalStart, end: ends[Math.min(end, ends.length) - 1] };
    },
  };
}

/** Folds a pattern phrase the same way texts are folded. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).text;
}
