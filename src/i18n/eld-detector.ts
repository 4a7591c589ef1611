import type { eld } from "eld/medium";
import { isLanguage, supportedLanguages } from "./language.ts";
import type { LanguageDetector } from "./language.ts";

type Eld = typeof eld;

/** Wraps an eld database (any size) as a detector limited to the supported languages. */
export function createEldDetector(database: Eld): LanguageDetector {
  const instance = database.newInstance();
  instance.setLanguageSubset([...supportedLanguages]);
  return (text) => {
    const result = instance.detect(text);
    if (!isLanguage(result.language)) return { language: undefined, confidence: 0 };
    const score = result.getScores()[result.language] ?? 0;
    // eld flags results built from too few n-grams; halve those so callers treat them as weak.
    const confidence = result.isReliable() ? score : score / 2;
    return { language: result.language, confidence: Math.min(1, Math.max(0, confidence)) };
  };
}
