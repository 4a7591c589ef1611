import { isCjkChar } from "./text-folding.ts";

/** Rough token count: about four characters per token for alphabetic text, one per CJK character. */
export function estimateTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const character of text) {
    if (isCjkChar(character)) cjk += 1;
    else other += 1;
  }
  const tokens = cjk + Math.ceil(other / 4);
  return text.length > 0 ? Math.max(1, tokens) : 0;
}

/** Tokens a piece of text adds to a longer one, fractional (a word is about a quarter token per character). */
export function tokenWeight(text: string): number {
  let weight = 0;
  for (const character of text) weight += isCjkChar(character) ? 1 : 0.25;
  return weight;
}
