// Names and three-letter codes people write in front matter for the languages we localize.
const aliases: Record<string, string> = {
  english: "en",
  eng: "en",
  spanish: "es",
  español: "es",
  espanol: "es",
  spa: "es",
  french: "fr",
  français: "fr",
  francais: "fr",
  fra: "fr",
  fre: "fr",
  german: "de",
  deutsch: "de",
  deu: "de",
  ger: "de",
  chinese: "zh",
  中文: "zh",
  zho: "zh",
  chi: "zh",
  cmn: "zh",
};

/** Reduce a language tag ("EN", "zh-CN", "zh_Hans", "Deutsch") to its lower-case primary code, or undefined if it is not one. */
export function normalizeLanguage(tag: string | undefined): string | undefined {
  const cleaned = tag?.trim().toLowerCase();
  if (!cleaned) return undefined;
  const alias = aliases[cleaned];
  if (alias) return alias;
  const primary = cleaned.split(/[-_]/)[0];
  const primaryAlias = aliases[primary];
  if (primaryAlias) return primaryAlias;
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
