import { detect } from "tinyld";
import { normalizeLanguage } from "../i18n/language.ts";
import { STOP_WORDS_BY_LANGUAGE } from "./stop-words.ts";
import { REPLY_LANGUAGES, isMostlyCjk, tokenize } from "./text-folding.ts";
import type { ReplyLanguage } from "./text-folding.ts";

const LATIN_LANGUAGES = ["en", "es", "fr", "de"] as const;

// Letters that only some of the four Latin-script languages use.
const LETTER_HINTS: Record<(typeof LATIN_LANGUAGES)[number], RegExp> = {
  en: /(?!)/,
  es: /[ñ¿¡áíóú]/iu,
  fr: /[çàèêëîïôœùû]/iu,
  de: /[ßäöü]/iu,
};

function voteByWords(text: string): ReplyLanguage | undefined {
  const scores = new Map<ReplyLanguage, number>();
  for (const token of tokenize(text)) {
    for (const language of LATIN_LANGUAGES) {
      if (STOP_WORDS_BY_LANGUAGE[language].has(token.key)) scores.set(language, (scores.get(language) ?? 0) + 1);
    }
  }
  for (const language of LATIN_LANGUAGES) {
    if (LETTER_HINTS[language].test(text)) scores.set(language, (scores.get(language) ?? 0) + 1.5);
  }
  const ranked = [...scores.entries()].sort((left, right) => right[1] - left[1]);
  const [best, second] = ranked;
  if (!best || (second && second[1] === best[1])) return undefined;
  return best[0];
}

/**
 * The language of a question or passage among en, es, fr, de, zh; undefined when the text is too
 * short or ambiguous to tell (callers fall back to English).
 */
export function detectLanguage(text: string): ReplyLanguage | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (isMostlyCjk(trimmed)) {
    // Kana means Japanese, which the answerer does not speak; Han alone is read as Chinese.
    return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(trimmed) ? undefined : "zh";
  }
  const statistical = normalizeLanguage(detect(trimmed, { only: [...REPLY_LANGUAGES] }));
  const byWords = voteByWords(trimmed);
  // The statistical detector is reliable on sentences, not on two-word messages.
  if (statistical && trimmed.length >= 24) return statistical;
  return byWords ?? statistical;
}
