import { detectLanguage } from "../../i18n/detect-language.ts";
import type { Language } from "../../i18n/language.ts";

// Below this, detectors guess; no answer beats a wrong one for a document's metadata.
const minimumLatinLetters = 24;
const minimumCjkCharacters = 6;

/** The language of a document's text, or undefined when the text is too short to tell. */
export function detectDocumentLanguage(text: string): Language | undefined {
  const sample = text.slice(0, 4000);
  const cjkCount = sample.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const letterCount = sample.match(/\p{L}/gu)?.length ?? 0;
  if (cjkCount < minimumCjkCharacters && letterCount - cjkCount < minimumLatinLetters) return undefined;
  return detectLanguage(sample).language;
}
