import { parse as parseYaml } from "yaml";
import { DocumentParseError } from "./document-parse-error.ts";

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const frontMatterBlock = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Separate a leading YAML `---` block from the Markdown body. */
export function splitFrontMatter(markdown: string): FrontMatter {
  const match = markdown.match(frontMatterBlock);
  if (!match) return { data: {}, body: markdown };
  const yamlText = match[1];
  const body = markdown.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    // A block that does not even start like "key: value" is two horizontal rules, not front matter.
    if (!/^\s*[\w-]+\s*:/.test(yamlText)) return { data: {}, body: markdown };
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new DocumentParseError("corrupt", `Markdown front matter is not valid YAML: ${reason}`, { cause: error });
  }
  if (data === null || data === undefined) return { data: {}, body };
  if (typeof data !== "object" || Array.isArray(data)) return { data: {}, body: markdown };
  return { data: data as Record<string, unknown>, body };
}
