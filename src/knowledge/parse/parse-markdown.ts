import { decodeText } from "./decode-text.ts";
import { markdownToText } from "./markdown-to-text.ts";
import type { ParserOutput } from "./parsed-document.ts";
import { splitFrontMatter } from "./split-front-matter.ts";

// Front matter keys that fill a field of their own rather than the free-form metadata.
const fieldKeys = new Set(["id", "title", "lang", "language", "category", "region"]);

/** Parse Markdown: front matter becomes fields and metadata, the body becomes readable text. */
export async function parseMarkdown(bytes: Uint8Array): Promise<ParserOutput> {
  const { data, body } = splitFrontMatter(decodeText(bytes));
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (fieldKeys.has(key)) continue;
    const text = scalarText(value);
    if (text !== undefined) metadata[key] = text;
  }
  return {
    text: markdownToText(body),
    title: scalarText(data.title) ?? firstHeading(body),
    externalId: scalarText(data.id),
    lang: scalarText(data.lang) ?? scalarText(data.language),
    category: scalarText(data.category),
    region: scalarText(data.region),
    metadata,
  };
}

// Lists of scalars (tags, keywords) are kept as comma-separated text; nested objects are skipped.
function scalarText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => (Array.isArray(item) ? undefined : scalarText(item)));
    if (items.length === 0 || items.some((item) => item === undefined)) return undefined;
    return items.join(", ");
  }
  return undefined;
}

function firstHeading(body: string): string | undefined {
  // A "# comment" inside a code sample is not the document's heading.
  const withoutCode = body.replace(/^ {0,3}(`{3,}|~{3,})[\s\S]*?^ {0,3}\1/gm, "");
  const match = withoutCode.match(/^ {0,3}#\s+(.+?)(?:\s+#+)?\s*$/m);
  return match ? markdownToText(match[1]).trim() || undefined : undefined;
}
