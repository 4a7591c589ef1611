import { foldText } from "../i18n/fold-text.ts";

const punctuation = /[\p{P}\p{S}]+/gu;
const whitespace = /\s+/g;

/**
 * The grouping key of a customer question: case, accents, width, punctuation and spacing folded
 * away, so "Do you ship to Norway?" and "do you ship to norway" count as one knowledge gap.
 */
export function normalizeQuestion(text: string): string {
  return foldText(text).text.replace(punctuation, " ").replace(whitespace, " ").trim();
}
