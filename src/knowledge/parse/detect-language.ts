import { detect } from "tinyld";
import { normalizeLanguage } from "./normalize-language.ts";

// The opening of a document is enough to tell its language and keeps detection fast on big files.
const sampleLength = 4000;
// Below this, detectors guess (tinyld calls "Hello" Italian); no answer beats a wrong one.
const minimumLatinLetters = 24;
const minimumCjkCharacters = 6;

/** Guess the language of a text, or undefined when the text is too short to tell. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, sampleLength);
  const cjkCount = sample.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const letterCount = sample.match(/\p{L}/gu)?.length ?? 0;
  if (cjkCount < minimumCjkCharacters && letterCount - cjkCount < minimumLatinLetters) return undefined;
  return normalizeLanguage(detect(sample));
}
