import { isCjkChar } from "./text-folding.ts";

/** Sentences answer; headings and FAQ questions only say what the sentences after them are about. */
export type PassageUnitKind = "sentence" | "list-item" | "heading" | "question" | "table-header";

/** One piece of a source passage, in reading order. */
export interface PassageUnit {
  kind: PassageUnitKind;
  /** The text to match and quote (markup such as bullets and `**` removed). */
  text: string;
  /** The line as written, bullet included, for quoting list items. */
  display: string;
  /** Paragraph (or list) number within the passage; adjacent sentences share it. */
  block: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "approx", "incl", "excl", "mr", "mrs", "ms", "dr", "st", "no", "nr", "vs", "inc", "ltd",
  "co", "z.b", "bzw", "usw", "ca", "ggf", "evtl", "inkl", "zzgl", "d.h", "u.a", "vgl", "p.ej", "ej", "sr", "sra",
  "núm", "num", "art", "mme", "cf", "env", "p", "s", "min", "max", "tel", "approx", "dept", "abs",
]);

const HEADING_MARKUP = /^#{1,6}\s+/;
const LIST_MARKER = /^(?:[-*•·▪◦–]|\d{1,2}[.)]|[a-z][.)])\s+/u;
const TERMINAL = /[.!?。！？…:;：；)"'»”」』]$/u;

function stripMarkup(line: string): string {
  return line.replace(/\*\*|__/g, "").replace(/`/g, "").trim();
}

function isTableSeparator(line: string): boolean {
  return /^\|?[\s:|-]+\|?$/.test(line) && line.includes("-");
}

function joinLines(left: string, right: string): string {
  const last = left.slice(-1);
  const first = right.slice(0, 1);
  return isCjkChar(last) && isCjkChar(first) ? left + right : `${left} ${right}`;
}

function isQuestion(text: string): boolean {
  return /[?？]\s*["'»”」』)]?$/u.test(text);
}

function isBoundaryAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  if (ABBREVIATIONS.has(word)) return true;
  if (/^\p{L}$/u.test(word)) return true; // initials and spaced abbreviations: "J. Smith", "z. B."
  // German ordinals and dates: "am 1. Januar".
  return /(?:^|\s)\d{1,2}$/.test(before);
}

/** Splits a paragraph into sentences, handling CJK punctuation (no space after 。！？) and abbreviations. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /([。！？]+["'”’）」』]*)|([.!?…]+["'”’)\]»]*)(\s+)(?=["'“‘(«¿¡]?[\p{Lu}\p{N}\p{Script=Han}])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = (match.index ?? 0) + (match[1] ?? match[2] ?? "").length;
    if (match[2] && match[2].startsWith(".") && isBoundaryAbbreviation(paragraph.slice(start, match.index))) continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (next === undefined || TERMINAL.test(line)) return false;
  // Addresses, links and prices are content, however short the line ("Full zipper replacement $45").
  if (/@|https?:|www\.|[$€£¥]|\d\s?(?:€|eur|usd|chf|元)/i.test(line)) return false;
  // A wrapped sentence continues in lower case; a heading is followed by a new sentence.
  if (/^\p{Ll}/u.test(next)) return false;
  const words = line.split(/\s+/).length;
  const cjkCharacters = [...line].filter(isCjkChar).length;
  return cjkCharacters > 0 ? cjkCharacters <= 20 : words <= 10;
}

function looksLikeTableRow(line: string): boolean {
  const cells = line.split(/\s+/).length;
  return cells >= 2 && cells <= 16 && !/[.!?。！？:：;]$/u.test(line) && !LIST_MARKER.test(line) && !line.startsWith("#");
}

/** Lines that form a table flattened to text: a header, then at least two rows with figures. */
function findTables(lines: readonly string[]): Map<number, "header" | "row" | "last-row"> {
  const tables = new Map<number, "header" | "row" | "last-row">();
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end] && looksLikeTableRow(lines[end] ?? "")) end += 1;
    const rows = lines.slice(start + 1, end);
    const withFigures = rows.filter((row) => /\d/.test(row)).length;
    if (end - start >= 3 && withFigures >= 2 && withFigures >= rows.length - 1) {
      tables.set(start, "header");
      for (let index = start + 1; index < end; index += 1) tables.set(index, index === end - 1 ? "last-row" : "row");
    }
    start = Math.max(end, start + 1);
  }
  return tables;
}

/** Splits one source passage into headings, FAQ questions, sentences and list items. */
export function splitPassage(text: string): PassageUnit[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trim());
  const units: PassageUnit[] = [];
  let block = 0;
  let paragraph = "";
  let listOpen = false;
  const flushParagraph = (): void => {
    if (!paragraph) return;
    for (const sentence of splitSentences(paragraph)) {
      units.push({ kind: isQuestion(sentence) ? "question" : "sentence", text: sentence, display: sentence, block });
    }
    paragraph = "";
    block += 1;
  };
  const closeList = (): void => {
    if (listOpen) block += 1;
    listOpen = false;
  };

  const tables = findTables(lines);
  lines.forEach((line, index) => {
    const table = tables.get(index);
    if (table) {
      flushParagraph();
      closeList();
      // A table flattened to text: its header introduces the rows, which are read like list items.
      units.push({ kind: table === "header" ? "table-header" : "list-item", text: line, display: line, block: table === "header" ? block++ : block });
      if (table === "last-row") block += 1;
      return;
    }
    if (!line) {
      flushParagraph();
      closeList();
      return;
    }
    if (isTableSeparator(line)) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.length > 0);
    if (HEADING_MARKUP.test(line) || /^\*\*[^*]+\*\*:?$/.test(line)) {
      flushParagraph();
      closeList();
      units.push({ kind: "heading", text: stripMarkup(line.replace(HEADING_MARKUP, "")), display: line, block: block++ });
      return;
    }
    if (LIST_MARKER.test(line)) {
      flushParagraph();
      listOpen = true;
      const item = stripMarkup(line.replace(LIST_MARKER, ""));
      units.push({ kind: isQuestion(item) ? "question" : "list-item", text: item, display: stripMarkup(line), block });
      return;
    }
    closeList();
    if (line.startsWith("|")) {
      flushParagraph();
      const row = line.replace(/^\||\|$/g, "").split("|").map((cell) => stripMarkup(cell)).filter(Boolean).join(" | ");
      if (row) units.push({ kind: "sentence", text: row, display: row, block: block++ });
      return;
    }
    const clean = stripMarkup(line);
    if (!paragraph && isQuestion(clean) && clean.length <= 200) {
      units.push({ kind: "question", text: clean, display: clean, block: block++ });
      return;
    }
    if (!paragraph && looksLikeHeading(clean, next)) {
      units.push({ kind: "heading", text: clean, display: clean, block: block++ });
      return;
    }
    paragraph = paragraph ? joinLines(paragraph, clean) : clean;
  });
  flushParagraph();
  return units;
}
