import type { HistoryTurn, MoneyTotal } from "./escalation-types.ts";
import type { MoneyAmount } from "./parse-money-amounts.ts";
import { parseMoneyAmounts, toUsd } from "./parse-money-amounts.ts";

export interface RefundAmount extends MoneyTotal {
  /** undefined when the policy has no rate for the currency. */
  usd: number | undefined;
  source: "message" | "earlier message" | "order";
  written?: string;
}

// "I paid $900 for it" often comes a message or two before "I want my money back".
const earlierMessagesRead = 4;

/**
 * The sum a refund request is about: the largest amount in the message, else in the customer's
 * latest earlier messages, else the total of the order the turn looked up.
 */
export function findRefundAmount(input: {
  text: string;
  history: readonly HistoryTurn[];
  orderTotal?: MoneyTotal;
  rates: Readonly<Record<string, number>>;
}): RefundAmount | undefined {
  const inMessage = largest(parseMoneyAmounts(input.text), input.rates);
  if (inMessage !== undefined) return { ...inMessage, source: "message" };
  const earlier = input.history.filter((turn) => turn.role === "user").slice(-earlierMessagesRead).reverse();
  for (const turn of earlier) {
    const found = largest(parseMoneyAmounts(turn.text), input.rates);
    if (found !== undefined) return { ...found, source: "earlier message" };
  }
  if (input.orderTotal === undefined) return undefined;
  return { ...input.orderTotal, usd: toUsd(input.orderTotal, input.rates), source: "order" };
}

function largest(amounts: readonly MoneyAmount[], rates: Readonly<Record<string, number>>): Omit<RefundAmount, "source"> | undefined {
  let best: Omit<RefundAmount, "source"> | undefined;
  for (const found of amounts) {
    const usd = toUsd(found, rates);
    if (best === undefined || (usd ?? -1) > (best.usd ?? -1)) best = { amount: found.amount, currency: found.currency, usd, written: found.written };
  }
  return best;
}
