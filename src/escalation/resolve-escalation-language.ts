import { detectLanguage } from "../i18n/detect-language.ts";
import type { Language } from "../i18n/language.ts";
import { normalizeLanguage } from "../i18n/language.ts";

/** The conversation's language when known ("zh-CN" → zh), else the message's detected language, else undefined (all cues are tried). */
export function resolveEscalationLanguage(language: string | null | undefined, text: string): Language | undefined {
  return normalizeLanguage(language ?? undefined) ?? detectLanguage(text).language;
}
