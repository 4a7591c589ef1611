import { foldText } from "./fold-text.ts";

// Apostrophes join ("don't" and "dont" meet); other punctuation separates words.
const apostrophes = /'/gu;
const punctuation = /[\p{P}\p{S}]+/gu;

/**
 * A question as the response cache matches it and analytics groups it: case, accents, width, punctuation and
 * whitespace folded, so "How much is shipping?" and "how much is  shipping" share an answer.
 * Digits and letters stay: "30 days" and "45 days" are different questions.
 */
export function normalizeQuestion(question: string): string {
  return foldText(question).text.replace(apostrophes, "").replace(punctuation, " ").replace(/\s+/gu, " ").trim();
}
