import { identifyCardNetwork } from "./card-networks.ts";
import { compileTerms } from "./compile-term-pattern.ts";
import { cueAfter, cueBefore, referenceCue } from "./context-cues.ts";
import { isLuhnValid } from "./luhn.ts";
import type { Detection } from "./types.ts";

// 13–19 digits, optionally grouped by spaces, dashes or dots. The run must stand alone: a letter or a
// letter-and-dash prefix (NL-100234, JD0146...) or more digits around it make it a reference code.
const candidate =
  /(?<![\p{Script=Latin}\p{N}]|[\p{Script=Latin}\p{N}][-/.])\d(?:[ .-]?\d){12,18}(?![ .-]?\p{N}|\p{Script=Latin}|,\p{N})/gu;

const cardCue = compileTerms([
  "card", "credit card", "debit card", "card number", "visa", "mastercard", "amex", "american express", "cc",
  "tarjeta", "credito", "debito", "numero de tarjeta",
  "carte", "carte bancaire", "carte bleue", "cb", "numero de carte",
  "karte", "kreditkarte", "kartennummer", "ec-karte", "girokarte",
  "卡", "信用卡", "银行卡", "卡号", "借记卡",
]);

export const minimumCardScore = 0.6;

/** Finds payment card numbers: Luhn-valid digit runs, scored by card network and context. */
export function recognizeCardNumbers(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(candidate)) {
    const digits = match[0].replace(/\D/g, "");
    // Card numbers are grouped with one separator throughout; "1.299.000 0001" is something else.
    if (new Set(match[0].match(/[ .-]/g) ?? []).size > 1) continue;
    if (!isLuhnValid(digits) || /^(\d)\1+$/.test(digits)) continue;
    const start = match.index;
    const end = start + match[0].length;
    let score = 0.5;
    if (identifyCardNetwork(digits)) score += 0.4;
    if (cueBefore(text, start, cardCue, 40) || cueAfter(text, end, cardCue, 20)) score += 0.3;
    if (cueBefore(text, start, referenceCue, 24)) score -= 0.5;
    if (score < minimumCardScore) continue;
    detections.push({ type: "CREDIT_DEBIT_CARD_NUMBER", category: "PII", start, end, score: Math.min(score, 1) });
  }
  return detections;
}
