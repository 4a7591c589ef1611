import { detectAll } from "tinyld";
import { isLanguage, supportedLanguages } from "./language.ts";
import type { LanguageGuess } from "./language.ts";

const only = [...supportedLanguages];

/** tinyld restricted to the supported languages; confidence is tinyld's own accuracy score. */
export function detectWithTinyld(text: string): LanguageGuess {
  const [best] = detectAll(text, { only });
  if (best === undefined || !isLanguage(best.lang)) return { language: undefined, confidence: 0 };
  return { language: best.lang, confidence: clamp(best.accuracy) };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
