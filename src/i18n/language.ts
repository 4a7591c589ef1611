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

/** Maps a BCP-47 tag (zh-CN, zh-Hans, es-MX, de-AT, EN, en_US) to a supported language. */
export function normalizeLanguage(tag: string | undefined): Language | undefined {
  if (tag === undefined) return undefined;
  // Accept the underscore form that Accept-Language parsers and POSIX locales produce.
  const primary = tag.trim().toLowerCase().replace(/_/g, "-").split("-")[0];
  if (isLanguage(primary)) return primary;
  // Browsers and libraries sometimes send ISO 639-2/3 codes instead of the two-letter ones.
  return threeLetterCodes.get(primary);
}

const threeLetterCodes = new Map<string, Language>([
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
