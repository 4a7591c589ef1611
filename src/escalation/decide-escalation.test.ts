import { describe, expect, it } from "vitest";
import { decideAfterAnswer, decideBeforeAnswer, decideEscalation } from "./decide-escalation.ts";
import { defaultEscalationPolicy, parseEscalationPolicy } from "./escalation-policy.ts";
import type { EscalationInput, HistoryTurn } from "./escalation-types.ts";

const base: EscalationInput = { policy: defaultEscalationPolicy, text: "", language: "en", customerTier: "standard", history: [] };
const decide = (overrides: Partial<EscalationInput>) => decideEscalation({ ...base, ...overrides });
const triggers = (overrides: Partial<EscalationInput>) => decide(overrides).reasons.map((reason) => reason.trigger);

describe("decideEscalation", () => {
  it("does not escalate an ordinary question", () => {
    expect(decide({ text: "Where is my order NL-100234?" })).toEqual({ escalate: false, reasons: [], sentiment: 0 });
  });

  it("records each reason with the customer's words", () => {
    const decision = decide({ text: "I want to talk to a human, or my lawyer will call you" });
    expect(decision.escalate).toBe(true);
    expect(decision.reasons).toEqual([
      { trigger: "human_request", detail: 'asked for a person: "talk to a human"' },
      { trigger: "legal_threat", detail: 'legal threat: "my lawyer"' },
    ]);
  });

  it("escalates very negative sentiment, and trusts a model's score when given", () => {
    expect(triggers({ text: "This is a scam, worst shop ever, I'm furious" })).toEqual(["negative_sentiment"]);
    expect(decide({ text: "ok", sentiment: -0.9 }).reasons[0]).toEqual({ trigger: "negative_sentiment", detail: "sentiment -0.90 is below -0.6" });
    expect(triggers({ text: "This is a scam, worst shop ever, I'm furious", sentiment: 0.1 })).toEqual([]);
  });

  it("escalates a downward trend over the customer's messages", () => {
    const history: HistoryTurn[] = [
      { role: "user", text: "hello", sentiment: 0.2 },
      { role: "assistant", text: "hi" },
      { role: "user", text: "hmm", sentiment: -0.1 },
    ];
    expect(triggers({ text: "meh", history, sentiment: -0.4 })).toEqual(["negative_trend"]);
    expect(triggers({ text: "meh", history, sentiment: 0 })).toEqual([]);
  });

  it("escalates refunds over the threshold, from the text or the order", () => {
    expect(triggers({ text: "I want a refund of 600 €" })).toEqual(["refund_over_threshold"]);
    expect(triggers({ text: "I want a refund of 400 €" })).toEqual([]);
    expect(triggers({ text: "I want a refund", orderTotal: { amount: 4000, currency: "CNY" } })).toEqual(["refund_over_threshold"]);
    expect(triggers({ text: "I want a refund", orderTotal: { amount: 3000, currency: "CNY" } })).toEqual([]);
    expect(triggers({ text: "Is the $900 TV in stock?" })).toEqual([]);
    expect(decide({ text: "refund my ¥4000 please" }).reasons[0].detail).toBe("refund of ¥4000 ≈ USD 560 (from the message) is over USD 500");
  });

  it("escalates a premium customer's refund or cancellation, not their other questions", () => {
    expect(triggers({ text: "Please cancel my order", customerTier: "premium" })).toEqual(["premium_refund_or_cancel"]);
    expect(triggers({ text: "I'd like a refund for the $20 cable", customerTier: "premium" })).toEqual(["premium_refund_or_cancel"]);
    expect(triggers({ text: "Please cancel my order", customerTier: "standard" })).toEqual([]);
    expect(triggers({ text: "When will my order ship?", customerTier: "premium" })).toEqual([]);
  });

  it("escalates after repeated answers without an answer", () => {
    const history: HistoryTurn[] = [
      { role: "user", text: "do you ship to Mars?" },
      { role: "assistant", text: "I don't have that information.", noAnswer: true },
    ];
    expect(triggers({ text: "and to the Moon?", history, answer: { noAnswer: true } })).toEqual(["low_confidence"]);
    expect(triggers({ text: "and to the Moon?", history, answer: { noAnswer: false } })).toEqual([]);
    expect(triggers({ text: "do you ship to Mars?", answer: { noAnswer: true } })).toEqual([]);
  });

  it("escalates after too many messages without resolution", () => {
    const history: HistoryTurn[] = Array.from({ length: 5 }, (_, index) => [
      { role: "user" as const, text: `try ${index}` },
      { role: "assistant" as const, text: "please restart it" },
    ]).flat();
    expect(triggers({ text: "still broken", history })).toEqual(["unresolved_turns"]);
    expect(triggers({ text: "thanks, that fixed it", history })).toEqual([]);
    expect(triggers({ text: "still broken", history: history.slice(2) })).toEqual([]);
  });

  it("escalates a guardrail block", () => {
    expect(triggers({ text: "whatever", guardrailBlocked: true })).toEqual(["guardrail_block"]);
  });

  it("honours a policy that turns triggers off or moves thresholds", () => {
    const policy = parseEscalationPolicy({ humanRequest: { enabled: false }, refund: { thresholdUsd: 100 }, guardrailBlock: { enabled: false } });
    expect(triggers({ policy, text: "talk to a human" })).toEqual([]);
    expect(triggers({ policy, text: "refund my $150 order" })).toEqual(["refund_over_threshold"]);
    expect(triggers({ policy, text: "x", guardrailBlocked: true })).toEqual([]);
  });

  it("splits into a before-answer and an after-answer check", () => {
    const input = { ...base, text: "talk to a human", guardrailBlocked: true };
    expect(decideBeforeAnswer(input).reasons.map((reason) => reason.trigger)).toEqual(["human_request"]);
    expect(decideAfterAnswer(input).reasons.map((reason) => reason.trigger)).toEqual(["guardrail_block"]);
  });

  it("reads the conversation language tag and is deterministic", () => {
    const input = { ...base, text: "我要转人工", language: "zh-CN" };
    expect(decideEscalation(input)).toEqual(decideEscalation(input));
    expect(decideEscalation(input).reasons[0].trigger).toBe("human_request");
    expect(decideEscalation({ ...input, language: null }).escalate).toBe(true);
  });
});
