/** The languages Switchboard answers in. */
export type Language = "en" | "es" | "fr" | "de" | "zh";

export const supportedLanguages: readonly Language[] = ["en", "es", "fr", "de", "zh"];

/** What a detector says about one text; `language` is undefined when it cannot tell. */
export interface LanguageGuess {
  language: Language | undefined;
  /** 0..1; comparable within one detector only. */
  confidence: number;
}

export type LanguageDetector = (text: string) => LanguageGuess;

/** True when `value` is one of the supported language codes. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

/**
 * Maps a BCP-47 tag (zh-CN, zh-Hans, es-MX, de-AT, EN, en_US), a three-letter code or a language's
 * name as people write it in document metadata ("Deutsch", "中文") to a supported language.
 */
export function normalizeLanguage(tag: string | undefined): Language | undefined {
  if (tag === undefined) return undefined;
  const cleaned = tag.trim().toLowerCase();
  const named = otherNames.get(cleaned);
  if (named) return named;
  // Accept the underscore form that Accept-Language parsers and POSIX locales produce.
  const primary = cleaned.replace(/_/g, "-").split("-")[0];
  if (isLanguage(primary)) return primary;
  // Browsers and libraries sometimes send ISO 639-2/3 codes instead of the two-letter ones.
  return otherNames.get(primary);
}

const otherNames = new Map<string, Language>([
  ["english", "en"],
  ["spanish", "es"],
  ["español", "es"],
  ["espanol", "es"],
  ["french", "fr"],
  ["français", "fr"],
  ["francais", "fr"],
  ["german", "de"],
  ["deutsch", "de"],
  ["chinese", "zh"],
  ["中文", "zh"],
  ["eng", "en"],
  ["spa", "es"],
  ["fra", "fr"],
  ["fre", "fr"],
  ["deu", "de"],
  ["ger", "de"],
  ["zho", "zh"],
  ["chi", "zh"],
  ["cmn", "zh"],
]);
