// Latin sentence punctuation counts only once followed by whitespace ("3.5", "example.com" go on);
// closing quotes and brackets stay with their sentence. CJK punctuation and newlines end at once.
const boundary = /[.!?…]+["'”’)\]]*(?=\s)\s*|[。！？]+["'”’)\]」』）]*\s*|\n+/gu;

/**
 * Where the first complete sentence of `text` ends (after its trailing whitespace),
 * or undefined when no boundary has arrived yet.
 */
export function findSentenceEnd(text: string): number | undefined {
  boundary.lastIndex = 0;
  const match = boundary.exec(text);
  if (!match) return undefined;
  const end = match.index + match[0].length;
  // Trailing whitespace may still be streaming in; a sentence ending exactly at the buffer end is
  // fine to release because the next delta starts a new sentence either way.
  return end;
}

const letterWordBefore = /(?:^|\s)\p{L}+$/u;
const letterWordAfter = /^\p{L}+(?:\s|$)/u;

/**
 * A safe place to cut a run-on text with no sentence boundary: the last space before `limit` between
 * two words made only of letters, so that digit groups, e-mail addresses and IBANs ("GB82 WEST 1234")
 * are never split.
 */
export function findSafeCut(text: string, limit: number): number | undefined {
  for (let index = Math.min(limit, text.length - 1); index > 0; index--) {
    if (!/\s/.test(text[index])) continue;
    if (letterWordBefore.test(text.slice(Math.max(0, index - 64), index)) && letterWordAfter.test(text.slice(index + 1, index + 65))) {
      return index + 1;
    }
  }
  return undefined;
}
