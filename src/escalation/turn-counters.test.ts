import { describe, expect, it } from "vitest";
import { countUnansweredTurns } from "./count-unanswered-turns.ts";
import { countUnresolvedTurns } from "./count-unresolved-turns.ts";
import { detectNegativeTrend } from "./detect-negative-trend.ts";
import type { HistoryTurn } from "./escalation-types.ts";
import { findRefundAmount } from "./find-refund-amount.ts";

const user = (text: string): HistoryTurn => ({ role: "user", text });
const assistant = (text: string, noAnswer?: boolean): HistoryTurn => ({ role: "assistant", text, noAnswer });

describe("countUnresolvedTurns", () => {
  it("counts customer messages, the current one included", () => {
    expect(countUnresolvedTurns([user("a"), assistant("b"), user("c"), assistant("d")], "e")).toBe(3);
  });

  it("starts again after a resolution or a human agent", () => {
    expect(countUnresolvedTurns([user("a"), assistant("b"), user("thanks, that fixed it"), assistant("glad"), user("c")], "d")).toBe(2);
    expect(countUnresolvedTurns([user("a"), { role: "agent", text: "hi, Ana here" }, user("c")], "d")).toBe(2);
    expect(countUnresolvedTurns([user("a"), user("b")], "Thank you!")).toBe(0);
  });
});

describe("countUnansweredTurns", () => {
  it("counts no-answers in a row ending with the current answer", () => {
    const history = [user("a"), assistant("x", true), user("b"), assistant("y", true), user("c")];
    expect(countUnansweredTurns(history, { noAnswer: true })).toBe(3);
    expect(countUnansweredTurns(history, { noAnswer: false })).toBe(0);
    expect(countUnansweredTurns(history, undefined)).toBe(0);
    expect(countUnansweredTurns([assistant("x", true), user("b"), assistant("y")], { noAnswer: true })).toBe(1);
  });
});

describe("detectNegativeTrend", () => {
  const options = { turns: 3, dropBelow: -0.3 };

  it("finds a steady slide that ends negative", () => {
    expect(detectNegativeTrend([0.5, 0.1, -0.2, -0.5], options)).toEqual({ matched: true, score: -0.6, evidence: "0.10 → -0.20 → -0.50" });
  });

  it.each([
    [[0, -0.5]],
    [[0.6, 0.4, 0.2]],
    [[-0.1, -0.2, -0.3]],
    [[0, -0.6, -0.3]],
    [[0, 0.3, -0.4]],
  ])("leaves %j alone", (scores) => {
    expect(detectNegativeTrend(scores, options).matched).toBe(false);
  });
});

describe("findRefundAmount", () => {
  const rates = { EUR: 1.08, USD: 1, CNY: 0.14 };

  it("prefers the message, then earlier messages, then the order", () => {
    expect(findRefundAmount({ text: "refund the $25 case and the $900 TV", history: [], orderTotal: { amount: 50, currency: "USD" }, rates })).toMatchObject({
      amount: 900,
      usd: 900,
      source: "message",
    });
    expect(findRefundAmount({ text: "I want my money back", history: [user("I paid 1.200 € for it"), assistant("sorry")], rates })).toMatchObject({
      amount: 1200,
      currency: "EUR",
      source: "earlier message",
    });
    expect(findRefundAmount({ text: "I want my money back", history: [], orderTotal: { amount: 4000, currency: "CNY" }, rates })).toMatchObject({
      usd: 560,
      source: "order",
    });
    expect(findRefundAmount({ text: "I want my money back", history: [], rates })).toBeUndefined();
  });

  it("keeps an amount it cannot convert, without a dollar value", () => {
    expect(findRefundAmount({ text: "refund £300", history: [], rates })).toMatchObject({ amount: 300, currency: "GBP", usd: undefined });
  });
});
