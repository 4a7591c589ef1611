/** One retrieved passage from the `<sources>` block of a prompt. */
export interface PromptSource {
  id: string;
  title: string;
  lang?: string;
  document?: string;
  text: string;
  /** Position in the block: earlier sources ranked higher in retrieval. */
  rank: number;
}

const SOURCE = /<source\b([^>]*)>([\s\S]*?)<\/source>/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"/g;

/** Undoes the XML escaping a prompt builder applies to passage text and attributes. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** Parses every `<source id=".." title=".." lang=".." document="..">text</source>` in a text. */
export function parseSources(text: string): PromptSource[] {
  const sources: PromptSource[] = [];
  for (const match of text.matchAll(SOURCE)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[1] ?? "").matchAll(ATTRIBUTE)) {
      attributes.set((attribute[1] ?? "").toLowerCase(), unescapeXml(attribute[2] ?? ""));
    }
    sources.push({
      id: attributes.get("id") ?? String(sources.length + 1),
      title: attributes.get("title") ?? "",
      lang: attributes.get("lang")?.toLowerCase() || undefined,
      document: attributes.get("document") || undefined,
      text: unescapeXml(match[2] ?? "").trim(),
      rank: sources.length,
    });
  }
  return sources;
}
