import { quarterTokensOf } from "./estimate-tokens.ts";

/** Counts the estimated tokens of text.slice(start, end) in constant time. */
export type TokenCounter = (start: number, end: number) => number;

/** Precompute prefix sums over a text so any span can be measured without rescanning it. */
export function createTokenCounter(text: string): TokenCounter {
  const quarters = new Uint32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) {
    quarters[index + 1] = quarters[index] + quarterTokensOf(text.charCodeAt(index));
  }
  return (start, end) => Math.ceil((quarters[end] - quarters[start]) / 4);
}
