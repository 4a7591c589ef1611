/** The languages the offline answerer replies in. */
export type ReplyLanguage = "en" | "es" | "fr" | "de" | "zh";

export const REPLY_LANGUAGES: readonly ReplyLanguage[] = ["en", "es", "fr", "de", "zh"];

const CJK_CLASS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}";
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, "u");
// A CJK run, or a run of letters/digits that are not CJK (so "abc中文" splits in two).
const TOKEN = new RegExp(`[${CJK_CLASS}]+|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])+`, "gu");

/** A word (Latin-like scripts) or a run of CJK characters. */
export interface TextToken {
  /** Lower-cased, NFKC, accents removed (for Latin) — the form used for matching. */
  key: string;
  cjk: boolean;
}

/** True when the character is Han, kana or Hangul. */
export function isCjkChar(character: string): boolean {
  return CJK_CHAR.test(character);
}

/** True when more than a third of the letters are CJK. */
export function isMostlyCjk(text: string): boolean {
  let cjk = 0;
  let letters = 0;
  for (const character of text) {
    if (/\p{L}/u.test(character)) {
      letters += 1;
      if (isCjkChar(character)) cjk += 1;
    }
  }
  return letters > 0 && cjk / letters > 1 / 3;
}

/** Lower-case + NFKC: full-width forms and ligatures become their plain equivalents. */
export function foldCase(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Removes diacritics ("devolución" → "devolucion", "ß" → "ss") so accent-less typing still matches. */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/ß/g, "ss").normalize("NFC");
}

/** Splits text into match keys: Latin words are case- and accent-folded, CJK runs are case-folded only. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of foldCase(text).matchAll(TOKEN)) {
    const raw = match[0];
    const cjk = isCjkChar(raw[0] ?? "");
    // Stripping marks from kana would turn が into か; CJK keeps its form.
    tokens.push({ key: cjk ? raw : stripAccents(raw), cjk });
  }
  return tokens;
}

/** Spells out case-sensitive abbreviations that folding would turn into stop words ("US" → "us"). */
export function expandAbbreviations(text: string): string {
  return text.replace(/\bU\.S\.(?:A\.)?|\bUSA?\b/g, " usa ");
}
