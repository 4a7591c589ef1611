// Full-text search per language: Postgres has stemming configurations for en/es/fr/de; Chinese
// has none, so Chinese text is segmented into words here (ICU's segmenter, built into Node) and
// indexed with the `simple` configuration.

const configurations: Record<string, string> = { en: "english", es: "spanish", fr: "french", de: "german" };
const hanScript = /\p{Script=Han}/u;
const chineseSegmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** The Postgres text-search configuration for a language. */
export function searchConfigFor(language: string | undefined): string {
  return (language && configurations[language]) || "simple";
}

/** Text prepared for to_tsvector: Chinese runs become space-separated words. */
export function toSearchText(text: string): string {
  if (!hanScript.test(text)) return text;
  const words: string[] = [];
  for (const segment of chineseSegmenter.segment(text)) {
    if (segment.isWordLike) words.push(segment.segment);
    else if (/\s/.test(segment.segment)) words.push(" ");
  }
  return words.join(" ").replace(/\s+/g, " ");
}

/**
 * The words of a query as an OR-tsquery source (`a | b | c`), safe to pass to to_tsquery: only
 * letters and digits survive. OR, not AND: customers' questions carry words no article contains.
 */
export function toOrQuery(query: string): string {
  const words = toSearchText(query)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || hanScript.test(word));
  return [...new Set(words)].slice(0, 32).join(" | ");
}
