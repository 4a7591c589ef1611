/**
 * Markdown is turned into the text a reader sees: syntax goes, words stay. Headings and list items
 * keep their own lines so chunking can still find the document's structure.
 */

// Characters that carry Markdown meaning; escaped or code copies are hidden from the inline rules
// as private-use characters and restored at the end.
const specialCharacters = /[\\`*_{}[\]()#+\-.!|~<>]/g;
const hiddenBase = 0xe000;
const hiddenRange = /[\ue000-\ue07f]/g;

function hide(text: string): string {
  return text.replace(specialCharacters, (character) => String.fromCharCode(hiddenBase + character.charCodeAt(0)));
}

function reveal(text: string): string {
  return text.replace(hiddenRange, (character) => String.fromCharCode(character.charCodeAt(0) - hiddenBase));
}

const fence = /^\s{0,3}(`{3,}|~{3,})/;
const atxHeading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const setextUnderline = /^\s{0,3}(=+|-+)\s*$/;
const thematicBreak = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const tableSeparator = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const linkDefinition = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const bullet = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/;
const orderedItem = /^\s*\d{1,9}[.)]\s+/;
const blockquote = /^\s{0,3}(?:>\s?)+/;

/** Convert Markdown (without front matter) to readable plain text. */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const output = new LineCollector();
  let openFence: string | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = line.match(fence);
    if (openFence) {
      if (fenceMatch && fenceMatch[1][0] === openFence[0] && fenceMatch[1].length >= openFence.length) {
        openFence = undefined;
        output.blank();
      } else {
        output.push(hide(line), "code");
      }
      continue;
    }
    if (fenceMatch) {
      openFence = fenceMatch[1];
      output.blank();
      continue;
    }
    if (isSetextHeading(line, lines[index + 1])) {
      output.heading(convertInline(line.replace(blockquote, "")));
      index++;
      continue;
    }
    const heading = line.match(atxHeading);
    if (heading) {
      output.heading(convertInline(heading[1] ?? ""));
      continue;
    }
    if (tableSeparator.test(line) || linkDefinition.test(line)) continue;
    if (thematicBreak.test(line) || !line.trim()) {
      output.blank();
      continue;
    }

    const content = line.replace(blockquote, "");
    if (bullet.test(content) || orderedItem.test(content)) {
      output.push(convertInline(content.replace(bullet, "- ").trim()), "item");
    } else if (/^\s*\|/.test(content) || /\|.*\|/.test(content)) {
      output.push(convertInline(tableRowToText(content)), "row");
    } else {
      output.push(convertInline(content.trim().replace(/\\$/, "")), "prose", /( {2,}|\\)$/.test(line));
    }
  }
  return reveal(output.toString());
}

type LineKind = "prose" | "item" | "row" | "code" | "heading" | "blank";

/** Gathers output lines; prose that Markdown soft-wrapped is joined back into one line. */
class LineCollector {
  private readonly lines: string[] = [];
  private lastKind: LineKind = "blank";
  private lastHardBreak = false;

  push(text: string, kind: LineKind, hardBreak = false): void {
    const joins = kind === "prose" && (this.lastKind === "prose" || this.lastKind === "item") && !this.lastHardBreak;
    if (joins) {
      this.lines[this.lines.length - 1] += ` ${text}`;
    } else {
      this.lines.push(text);
      this.lastKind = kind;
    }
    this.lastHardBreak = hardBreak;
  }

  // Blank lines around a heading let chunking see it as a section start.
  heading(text: string): void {
    this.blank();
    this.push(text.trim(), "heading");
    this.blank();
  }

  blank(): void {
    this.lines.push("");
    this.lastKind = "blank";
    this.lastHardBreak = false;
  }

  toString(): string {
    return this.lines.join("\n");
  }
}

function isSetextHeading(line: string, next: string | undefined): boolean {
  if (next === undefined || !setextUnderline.test(next) || !line.trim()) return false;
  return !bullet.test(line) && !thematicBreak.test(line) && !atxHeading.test(line) && !fence.test(line);
}

function pushHeading(output: string[], text: string): void {
  // Blank lines around a heading let chunking see it as a section start.
  output.push("", text.trim(), "");
}

function tableRowToText(row: string): string {
  return row
    .replace(/\\\|/g, hide("|"))
    .replace(/^\s*\|/, "")
    .replace(/\|\s*$/, "")
    .replace(/\|/g, "  ");
}

function convertInline(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, (_, character: string) => hide(character))
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => hide(code.trim()))
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/\[\^[^\]]+\]/g, "")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, (_, url: string) => hide(url))
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, "$1$2")
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, "$1$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
}

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(entity: string, name: string): string {
  if (name[0] !== "#") return namedEntities[name.toLowerCase()] ?? entity;
  const codePoint = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
}
