import { HTMLElement, TextNode } from "node-html-parser";
import type { Node } from "node-html-parser";
import { TextBuilder } from "./text-builder.ts";

// Page furniture and non-text content: none of it answers a customer's question.
const droppedTags = new Set(["head", "title", "script", "style", "noscript", "template", "nav", "svg", "iframe", "object", "canvas"]);
// Site-wide header and footer are boilerplate, but an article's own header holds its title.
const landmarkTags = new Set(["header", "footer"]);
const paragraphTags = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr",
]);
const lineTags = new Set([
  "div", "section", "article", "main", "aside", "address", "li", "tr", "dt", "dd", "figcaption", "caption",
  "form", "fieldset", "details", "summary", "body", "html", "thead", "tbody", "tfoot",
]);

/** Render parsed HTML as readable text: blocks become line breaks, headings and paragraphs stand apart. */
export function htmlToText(root: HTMLElement): string {
  const builder = new TextBuilder();
  walk(root, builder, false);
  return builder.toString();
}

function walk(node: Node, builder: TextBuilder, insidePre: boolean): void {
  if (node instanceof TextNode) {
    // `text` decodes entities; outside <pre> the browser would collapse any whitespace run to one space.
    builder.push(insidePre ? node.text : node.text.replace(/\s+/g, " "));
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.tagName?.toLowerCase() ?? "";
  if (droppedTags.has(tag)) return;
  if (landmarkTags.has(tag) && !node.closest("article, main")) return;
  if (tag === "br") {
    builder.break(1);
    return;
  }

  const level = paragraphTags.has(tag) ? 2 : lineTags.has(tag) ? 1 : 0;
  if (level) builder.break(level);
  if (tag === "li") builder.push(listMarker(node));

  const pre = insidePre || tag === "pre";
  for (const child of node.childNodes) walk(child, builder, pre);

  if (tag === "td" || tag === "th") builder.push("  ");
  if (level) builder.break(level);
}

function listMarker(item: HTMLElement): string {
  const list = item.parentNode;
  if (list?.tagName?.toLowerCase() !== "ol") return "- ";
  const start = Number.parseInt(list.getAttribute("start") ?? "1", 10);
  const position = list.childNodes.filter((child) => child instanceof HTMLElement && child.tagName === "LI").indexOf(item);
  return `${(Number.isNaN(start) ? 1 : start) + position}. `;
}
