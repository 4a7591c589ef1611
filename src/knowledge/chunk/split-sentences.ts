import { trimSpan } from "./text-span.ts";
import type { TextSpan } from "./text-span.ts";

// Latin sentences end in . ! ? … before whitespace; CJK sentences end in 。！？ with no space after.
// Closing quotes and brackets stay with the sentence they close.
const sentenceEnd = /[.!?…]+["'”’»)\]]*(?=\s|$)|[。！？]+[”’」』）]*/g;

// Words whose period is usually not a sentence end (English, Spanish, French, German).
// Words that also end sentences ("art.", "min.") are left out on purpose.
const abbreviations = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "inc", "ltd", "corp", "nr", "approx", "dept", "fig", "ca",
  "jr", "sr", "sra", "srta", "ud", "uds", "mme", "mlle", "bzw", "usw", "ggf", "vgl", "eg", "ie", "cf", "incl",
  "excl", "tel", "pp",
]);

/** Split a span into sentences; text with no sentence ending stays one span. */
export function splitSentences(text: string, span: TextSpan): TextSpan[] {
  const slice = text.slice(span.start, span.end);
  const sentences: TextSpan[] = [];
  let sentenceStart = 0;
  for (const match of slice.matchAll(sentenceEnd)) {
    const endsAt = match.index + match[0].length;
    if (match[0] === "." && !isSentencePeriod(slice, match.index)) continue;
    pushTrimmed(text, span.start + sentenceStart, span.start + endsAt, sentences);
    sentenceStart = endsAt;
  }
  pushTrimmed(text, span.start + sentenceStart, span.end, sentences);
  return sentences;
}

function isSentencePeriod(slice: string, periodAt: number): boolean {
  // Only the neighbourhood of the period is examined, so long paragraphs stay linear.
  const word = slice.slice(Math.max(0, periodAt - 24), periodAt).match(/([\p{L}.]+)$/u)?.[1] ?? "";
  // Initials ("J. Smith") and dotted abbreviations ("e.g.", "z.B.").
  if (word.length === 1 || word.includes(".")) return false;
  const lower = word.toLowerCase();
  // "No. 5" is a number sign; "the answer is no." ends a sentence.
  if (lower === "no") return !/^\s*\d/.test(slice.slice(periodAt + 1, periodAt + 4));
  return !abbreviations.has(lower);
}

function pushTrimmed(text: string, start: number, end: number, into: TextSpan[]): void {
  const span = trimSpan(text, start, end);
  if (span) into.push(span);
}
