import { parse } from "node-html-parser";
import type { HTMLElement } from "node-html-parser";
import { decodeText } from "./decode-text.ts";
import { htmlToText } from "./html-to-text.ts";
import type { ParserOutput } from "./parsed-document.ts";

// Meta names that fill a field of their own rather than the free-form metadata.
const fieldNames = new Set(["id", "document-id", "lang", "language", "content-language", "category", "region"]);
// Meta names about rendering or crawling, not about the document.
const ignoredNames = new Set(["viewport", "robots", "googlebot", "generator", "theme-color", "referrer", "format-detection", "color-scheme"]);

/** Parse an HTML page: its visible text, `<title>` or first heading, and `<meta name>` fields. */
export async function parseHtml(bytes: Uint8Array): Promise<ParserOutput> {
  return parseHtmlString(decodeText(bytes));
}

/** Parse HTML already held as a string (Word documents arrive this way). */
export function parseHtmlString(html: string): ParserOutput {
  // <pre> is left out of the raw-text elements so markup inside code samples is parsed, not printed.
  const withoutDeclarations = html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, "");
  const root = parse(withoutDeclarations, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  const meta = readMeta(root);
  const htmlLang = root.querySelector("html")?.getAttribute("lang");
  const metadata: Record<string, string> = {};
  for (const [name, content] of meta) {
    if (!fieldNames.has(name) && !ignoredNames.has(name) && !name.startsWith("csrf")) metadata[name] = content;
  }
  return {
    text: htmlToText(root),
    title: textOf(root.querySelector("title")) ?? textOf(root.querySelector("h1")),
    externalId: meta.get("id") ?? meta.get("document-id"),
    lang: htmlLang?.trim() || meta.get("lang") || meta.get("language") || meta.get("content-language"),
    category: meta.get("category"),
    region: meta.get("region"),
    metadata,
  };
}

function readMeta(root: HTMLElement): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of root.querySelectorAll("meta")) {
    const name = (element.getAttribute("name") ?? element.getAttribute("http-equiv"))?.trim().toLowerCase();
    const content = element.getAttribute("content")?.trim();
    if (name && content && !meta.has(name)) meta.set(name, content);
  }
  return meta;
}

function textOf(element: HTMLElement | null): string | undefined {
  const text = element?.text.replace(/\s+/g, " ").trim();
  return text || undefined;
}
