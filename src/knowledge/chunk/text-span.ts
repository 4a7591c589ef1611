/** A half-open range [start, end) of the document text; spans never begin or end with whitespace. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Shrink a range to exclude surrounding whitespace; undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f ||
    code === 0x1680 || code === 0x85;
}
