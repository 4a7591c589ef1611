import { compileTerms, findSpans } from "./compile-term-pattern.ts";
import { foldText } from "../i18n/fold-text.ts";
import { managedProfanity } from "./managed-profanity.ts";
import type { Detection } from "./types.ts";

export interface WordMatcher {
  match(text: string): Detection[];
}

/** Builds a matcher for custom words and, optionally, the managed profanity list (whole words, folded). */
export function createWordMatcher(customWords: readonly string[], managedProfanityEnabled: boolean): WordMatcher {
  const lists: Array<[string, RegExp]> = [];
  if (customWords.length > 0) lists.push(["CUSTOM_WORD", compileTerms(customWords)]);
  if (managedProfanityEnabled) lists.push(["PROFANITY", compileTerms(managedProfanity)]);
  return {
    match(text) {
      if (lists.length === 0) return [];
      const folded = foldText(text);
      return lists.flatMap(([type, pattern]) =>
        findSpans(folded, pattern).map((span): Detection => ({ type, category: "WORDS", ...span, score: 1 })),
      );
    },
  };
}
