import type { CueSet, MultilingualCues } from "../../escalation/find-cue.ts";
import type { Language } from "../../i18n/language.ts";

const never = /(?!)/u;

/**
 * Cues for what a message is like rather than what the customer wants: a negation does not cancel
 * them ("if it does not fit" is still a condition). Patterns read folded text (lower case, no accents).
 */
export function shapeCues(patterns: Record<Language, readonly string[]>, lookAlikes: Partial<Record<Language, readonly string[]>> = {}): MultilingualCues {
  const set = (language: Language): CueSet => ({
    cues: patterns[language].map((source) => ({ pattern: new RegExp(source, "u"), score: 1 })),
    lookAlikes: (lookAlikes[language] ?? []).map((source) => new RegExp(source, "u")),
    negation: never,
  });
  return { en: set("en"), es: set("es"), fr: set("fr"), de: set("de"), zh: set("zh") };
}
