import type { TextSpan } from "./text-span.ts";

const cjk = "\\u2e80-\\u2fdf\\u3001-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff01-\\uffef\\u{20000}-\\u{3ffff}";
// CJK is written without spaces, so each of its characters counts as a word of its own.
const word = new RegExp(`[${cjk}]|[^\\s${cjk}]+`, "gu");

/** Split a span into words, and CJK text into single characters. */
export function splitWords(text: string, span: TextSpan): TextSpan[] {
  const slice = text.slice(span.start, span.end);
  return Array.from(slice.matchAll(word), (match) => ({
    start: span.start + match.index,
    end: span.start + match.index + match[0].length,
  }));
}

/** Cut a span into pieces of at most maxLength code units, never between the halves of a surrogate pair. */
export function splitByLength(text: string, span: TextSpan, maxLength: number): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = span.start;
  while (start < span.end) {
    let end = Math.min(span.end, start + Math.max(1, maxLength));
    const code = text.charCodeAt(end - 1);
    if (end < span.end && end - start > 1 && code >= 0xd800 && code <= 0xdbff) end--;
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}
