import path from "node:path";
import { parse as parseYaml } from "yaml";

const frontMatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/** Reads `id` and `title` from Markdown front matter without parsing the whole document. */
export function peekFrontMatter(text: string): { id?: string; title?: string } {
  const match = frontMatterPattern.exec(text);
  if (!match) return {};
  try {
    const data = parseYaml(match[1]) as Record<string, unknown> | null;
    if (!data || typeof data !== "object") return {};
    const asText = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value).trim() || undefined : undefined);
    return { id: asText(data.id), title: asText(data.title) };
  } catch {
    return {};
  }
}

/** A stable external id from a file name: `Returns Policy (EU).md` → `returns-policy-eu`. */
export function slugFromFilename(filename: string): string | undefined {
  const base = path.basename(filename).replace(/\.[^.]+$/, "");
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug || undefined;
}
