import { detectHeadings, markdownHeadingText } from "./detect-headings.ts";
import { trimSpan } from "./text-span.ts";
import type { TextSpan } from "./text-span.ts";

/** A structural unit of the text: a heading line, a paragraph or a list item. */
export interface Block extends TextSpan {
  /** Set when the block is a heading: its text, without Markdown hashes. */
  heading?: string;
}

const listItem = /^(?:[-*+•·▪●◦‣]\s|\d{1,3}[.)]\s)/;

/** Split text into blocks: blank lines end paragraphs, and headings and list items stand alone. */
export function findBlocks(text: string): Block[] {
  const lines = lineSpans(text);
  const trimmed = lines.map((line) => text.slice(line.start, line.end).trim());
  const headingFlags = detectHeadings(trimmed);
  const blocks: Block[] = [];
  let open: TextSpan | undefined;

  const close = () => {
    if (open) blocks.push(open);
    open = undefined;
  };

  lines.forEach((line, index) => {
    const content = trimSpan(text, line.start, line.end);
    if (!content) return close();
    if (headingFlags[index]) {
      close();
      const heading = markdownHeadingText(trimmed[index]) ?? trimmed[index];
      blocks.push({ ...content, heading });
      return;
    }
    // A list item starts a new block; lines after it without a marker continue it.
    if (listItem.test(trimmed[index])) close();
    open = open ? { start: open.start, end: content.end } : content;
  });
  close();
  return blocks;
}

function lineSpans(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}
