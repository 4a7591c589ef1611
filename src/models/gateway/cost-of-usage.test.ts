import { describe, expect, it } from "vitest";
import { costOfUsage } from "./cost-of-usage.ts";
import { catalogEntry } from "./model-catalog.ts";

describe("costOfUsage", () => {
  const price = { input: 0.003, output: 0.015, cacheRead: 0.0003, cacheWrite: 0.00375 };

  it("prices input and output per thousand tokens", () => {
    expect(costOfUsage(price, { inputTokens: 2000, outputTokens: 500 })).toBeCloseTo(0.006 + 0.0075, 10);
  });

  it("prices cache reads and writes at their own rates", () => {
    expect(costOfUsage(price, { inputTokens: 100, outputTokens: 0, cacheReadTokens: 10_000, cacheWriteTokens: 1000 })).toBeCloseTo(0.0003 + 0.003 + 0.00375, 10);
  });

  it("rounds to the stored precision of 8 decimals", () => {
    expect(costOfUsage({ input: 0.00000001, output: 0, cacheRead: 0, cacheWrite: 0 }, { inputTokens: 1, outputTokens: 0 })).toBe(0);
  });

  it("finds the same catalog price for profile ids and ARNs of one model", () => {
    const bare = catalogEntry("anthropic.claude-haiku-4-5-20251001-v1:0");
    expect(bare).toBeDefined();
    expect(catalogEntry("us.anthropic.claude-haiku-4-5-20251001-v1:0")).toBe(bare);
    expect(catalogEntry("global.anthropic.claude-haiku-4-5-20251001-v1:0")).toBe(bare);
    expect(catalogEntry("arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-haiku-4-5-20251001-v1:0")).toBe(bare);
    expect(catalogEntry("acme.unknown-v1:0")).toBeUndefined();
  });
});
