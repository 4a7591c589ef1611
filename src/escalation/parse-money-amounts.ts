import { foldText } from "../i18n/fold-text.ts";
import { parseChineseNumber } from "./parse-chinese-number.ts";
import { parseLocaleNumber } from "./parse-locale-number.ts";
import { clipLongText } from "./clip-long-text.ts";

/** A sum of money written in a message; `currency` is an ISO code. */
export interface MoneyAmount {
  amount: number;
  currency: string;
  /** As the customer wrote it. */
  written: string;
}

const number = "\\d{1,3}(?:[.,\\s\\u00A0\\u202F']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const multiplier = "(?:\\s?(?:k(?![a-z])|万|千))?";
const prefixSymbols: Record<string, string> = { us$: "USD", $: "USD", "€": "EUR", "£": "GBP", "¥": "CNY", rmb: "CNY", cny: "CNY", usd: "USD", eur: "EUR", gbp: "GBP" };
const suffixWords: Array<[RegExp, string]> = [
  [/^(?:\$|usd|dollars?|dolares|dolars|bucks)$/u, "USD"],
  [/^(?:€|eur|euros?)$/u, "EUR"],
  [/^(?:£|gbp|pounds?|libras?|livres?(?:\s+sterling)?|pfund)$/u, "GBP"],
  [/^(?:¥|元|块钱|块|人民币|cny|rmb|yuan|renminbi)$/u, "CNY"],
];
const suffix = "\\$|€|£|¥|元|块钱|块|人民币|usd|eur|gbp|cny|rmb|dollars?|dolares|dolars|bucks|euros?|pounds?|libras?|livres?(?:\\s+sterling)?|pfund|yuan|renminbi";

// "$" alone is read as US dollars; "C$", "A$" and "MX$" are other currencies and are left out.
const prefixed = new RegExp(`(?<![a-z\\d])(us\\$|\\$|€|£|¥|rmb|cny|usd|eur|gbp)\\s?(${number})(${multiplier})`, "gu");
const suffixed = new RegExp(`(?<![\\d.,])(${number})(${multiplier})\\s?(${suffix})(?![a-z])`, "gu");
const chinese = /([零〇一二两三四五六七八九十百千万]+)\s*(元|块钱|块|人民币)/gu;

/**
 * Sums of money with an explicit currency (`$600`, `600 USD`, `600,50 €`, `1.200 €`, `¥4000`,
 * `4000元`, `两千块`). A bare number is not money: it may be an order number or a quantity.
 */
export function parseMoneyAmounts(text: string): MoneyAmount[] {
  const folded = foldText(clipLongText(text));
  const found: Array<MoneyAmount & { start: number; end: number }> = [];
  const add = (start: number, end: number, amount: number | undefined, currency: string | undefined) => {
    if (amount === undefined || currency === undefined) return;
    if (found.some((other) => start < other.end && other.start < end)) return;
    found.push({ start, end, amount, currency, written: folded.originalSpan(start, end) });
  };
  for (const match of folded.text.matchAll(prefixed)) {
    const start = match.index ?? 0;
    add(start, start + match[0].length, scaled(parseLocaleNumber(match[2]), match[3]), prefixSymbols[match[1]]);
  }
  for (const match of folded.text.matchAll(suffixed)) {
    const start = match.index ?? 0;
    const currency = suffixWords.find(([pattern]) => pattern.test(match[3]))?.[1];
    add(start, start + match[0].length, scaled(parseLocaleNumber(match[1]), match[2]), currency);
  }
  for (const match of folded.text.matchAll(chinese)) {
    const start = match.index ?? 0;
    add(start, start + match[0].length, parseChineseNumber(match[1]), "CNY");
  }
  return found.sort((a, b) => a.start - b.start).map(({ amount, currency, written }) => ({ amount, currency, written }));
}

function scaled(amount: number | undefined, written: string): number | undefined {
  if (amount === undefined) return undefined;
  const unit = written.trim();
  if (unit === "k" || unit === "千") return amount * 1000;
  if (unit === "万") return amount * 10_000;
  return amount;
}

/** The amount in US dollars by the given rates (USD per unit); undefined for a currency without a rate. */
export function toUsd(amount: { amount: number; currency: string }, rates: Readonly<Record<string, number>>): number | undefined {
  const rate = rates[amount.currency.toUpperCase()];
  return rate === undefined ? undefined : amount.amount * rate;
}
