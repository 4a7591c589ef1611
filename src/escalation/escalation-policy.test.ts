import { describe, expect, it } from "vitest";
import { defaultEscalationPolicy, parseEscalationPolicy } from "./escalation-policy.ts";

describe("escalation policy", () => {
  it("defaults every trigger on with the documented thresholds", () => {
    expect(defaultEscalationPolicy).toEqual({
      humanRequest: { enabled: true },
      legalThreat: { enabled: true },
      sentiment: { enabled: true, veryNegativeBelow: -0.6, trendTurns: 3, trendDropBelow: -0.3 },
      refund: { enabled: true, thresholdUsd: 500, currencyRates: { EUR: 1.08, GBP: 1.27, CNY: 0.14, USD: 1 } },
      premiumRefundOrCancel: { enabled: true },
      unresolvedTurns: { enabled: true, maxTurns: 6 },
      lowConfidence: { enabled: true, consecutiveNoAnswer: 2 },
      guardrailBlock: { enabled: true },
    });
  });

  it("fills what a partial configuration leaves out and keeps the default rates beside new ones", () => {
    const policy = parseEscalationPolicy({ legalThreat: { enabled: false }, refund: { thresholdUsd: 200, currencyRates: { jpy: 0.0067 } } });
    expect(policy.legalThreat.enabled).toBe(false);
    expect(policy.humanRequest.enabled).toBe(true);
    expect(policy.refund).toEqual({
      enabled: true,
      thresholdUsd: 200,
      currencyRates: { EUR: 1.08, GBP: 1.27, CNY: 0.14, USD: 1, JPY: 0.0067 },
    });
  });

  it("rejects nonsense", () => {
    expect(() => parseEscalationPolicy({ refund: { thresholdUsd: -1 } })).toThrow();
    expect(() => parseEscalationPolicy({ sentiment: { veryNegativeBelow: -3 } })).toThrow();
    expect(() => parseEscalationPolicy({ unresolvedTurns: { maxTurns: 0 } })).toThrow();
  });
});
