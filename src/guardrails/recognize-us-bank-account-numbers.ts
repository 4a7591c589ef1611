import { isAbaRoutingNumber } from "./aba-routing-number.ts";
import { compileTerms } from "./compile-term-pattern.ts";
import { foldText } from "../i18n/fold-text.ts";
import type { Detection } from "./types.ts";

// Keywords that name a bank account on their own.
const bankAccountKeyword = compileTerms([
  "bank account", "bank account number", "checking account", "savings account", "acct", "acct no", "routing",
  "routing number", "aba", "account and routing",
  "cuenta bancaria", "numero de cuenta bancaria", "cuenta corriente", "cuenta de ahorros",
  "compte bancaire", "numero de compte bancaire", "rib",
  "kontonummer", "bankkonto", "bankverbindung", "girokonto",
  "银行账号", "银行账户", "银行帐号", "银行帐户", "账户号码",
]);

// "Account number" is also the customer's account with the shop; it only counts next to a bank word.
const genericAccountKeyword = compileTerms([
  "account number", "account no", "account #", "account", "numero de cuenta", "cuenta", "numero de compte",
  "compte", "konto", "账号", "账户",
]);
const bankWord = compileTerms(["bank*", "banco*", "banque*", "wire", "transfer*", "transferencia", "virement", "uberweisung", "银行", "转账"]);

// US accounts run to 17 digits; European domestic numbers (a French RIB) to 23.
const accountDigits = /(?<![\p{Script=Latin}\p{N}])\d(?:[ -]?\d){5,22}(?![ -]?\p{N}|\p{Script=Latin})/gu;

/** How far after a keyword the number may start ("account number is: 12345678"). */
const reach = 28;

/** Finds bank account and routing numbers: 6–23 digits shortly after a bank account keyword. */
export function recognizeUsBankAccountNumbers(text: string): Detection[] {
  const folded = foldText(text);
  const keywordEnds: Array<{ end: number; strong: boolean }> = [];
  for (const [pattern, strong] of [[bankAccountKeyword, true], [genericAccountKeyword, false]] as const) {
    for (const match of folded.text.matchAll(pattern)) {
      const span = folded.toOriginal(match.index, match.index + match[0].length);
      const nearBank = strong || bankWordNear(folded.text, match.index);
      if (nearBank) keywordEnds.push({ end: span.end, strong });
    }
  }
  if (keywordEnds.length === 0) return [];
  const detections: Detection[] = [];
  for (const match of text.matchAll(accountDigits)) {
    const start = match.index;
    const keyword = keywordEnds.find((candidate) => start >= candidate.end && start - candidate.end <= reach);
    if (!keyword) continue;
    const between = text.slice(keyword.end, start);
    // Another number, a sentence end or a blank line in between means the keyword belongs to
    // something else; a single line break is how lists put a value under its label.
    if (/\d|[!?。！？]|\n\s*\n|\.\s+\p{Lu}/u.test(between)) continue;
    const digits = match[0].replace(/\D/g, "");
    const score = isAbaRoutingNumber(digits) ? 0.95 : keyword.strong ? 0.85 : 0.7;
    detections.push({ type: "US_BANK_ACCOUNT_NUMBER", category: "PII", start, end: start + match[0].length, score });
  }
  return detections;
}

function bankWordNear(foldedText: string, index: number): boolean {
  const window = foldedText.slice(Math.max(0, index - 60), index + 60);
  bankWord.lastIndex = 0;
  return bankWord.test(window);
}
