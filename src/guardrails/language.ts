import type { GuardrailLanguage } from "./types.ts";

const shipped = new Set<string>(["en", "es", "fr", "de", "zh"]);

/** Reduces a language tag ("zh-CN", "es_MX", "FR") to a shipped language, defaulting to English. */
export function toGuardrailLanguage(language: string | undefined): GuardrailLanguage {
  const primary = (language ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return shipped.has(primary) ? (primary as GuardrailLanguage) : "en";
}
