import { splitSentences } from "./split-sentences.ts";
import { splitByLength, splitWords } from "./split-words.ts";
import { trimSpan } from "./text-span.ts";
import type { TextSpan } from "./text-span.ts";
import type { TokenCounter } from "./token-counter.ts";

type Splitter = (text: string, span: TextSpan) => TextSpan[];

const splitLines: Splitter = (text, span) => {
  const lines: TextSpan[] = [];
  let start = span.start;
  while (start < span.end) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 || newline > span.end ? span.end : newline;
    const line = trimSpan(text, start, end);
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
};

// From coarse to fine: a span is only cut finer when it is still too long.
const structuralSplitters: Splitter[] = [splitSentences, splitLines];

/**
 * Cut a span into consecutive pieces of at most `limit` tokens, preferring sentence ends, then
 * line breaks, then word (CJK: character) boundaries; a single over-long word is cut by length.
 * Sentences and lines come back one per piece; words are packed into pieces as full as the limit allows.
 */
export function refineSpan(text: string, span: TextSpan, limit: number, count: TokenCounter, level = 0): TextSpan[] {
  if (count(span.start, span.end) <= limit) return [span];
  for (let next = level; next < structuralSplitters.length; next++) {
    const parts = structuralSplitters[next](text, span);
    if (parts.length > 1) return parts.flatMap((part) => refineSpan(text, part, limit, count, next + 1));
  }
  const words = splitWords(text, span).flatMap((word) =>
    // One "word" longer than the limit (a URL, a hash, base64): about four characters per token.
    count(word.start, word.end) <= limit ? [word] : splitByLength(text, word, limit * 4),
  );
  return packWords(words, limit, count);
}

function packWords(words: TextSpan[], limit: number, count: TokenCounter): TextSpan[] {
  const pieces: TextSpan[] = [];
  let current: TextSpan | undefined;
  for (const word of words) {
    if (current && count(current.start, word.end) <= limit) {
      current.end = word.end;
    } else {
      current = { start: word.start, end: word.end };
      pieces.push(current);
    }
  }
  return pieces;
}
