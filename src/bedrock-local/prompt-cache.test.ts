import { describe, expect, it } from "vitest";
import type { ChatRequest } from "./converse-types.ts";
import { parseModelId } from "./model-id.ts";
import type { ModelReference } from "./model-id.ts";
import { PromptCacheSimulator } from "./prompt-cache.ts";
import { requestTokens } from "./token-usage.ts";

function model(id: string): ModelReference {
  const parsed = parseModelId(id);
  if (!parsed) throw new Error(id);
  return parsed;
}

const SONNET = model("us.anthropic.claude-3-7-sonnet-20250219-v1:0");
const LONG_POLICY = "Our returns policy covers most items bought in the last thirty days, unused and in their box. ".repeat(60);

function request(question: string, system = LONG_POLICY): ChatRequest {
  return {
    system: [{ text: system }, { cachePoint: { type: "default" } }],
    messages: [{ role: "user", content: [{ text: question }] }],
  };
}

describe("PromptCacheSimulator", () => {
  it("writes a prefix the first time, reads it afterwards, and writes again after the TTL", () => {
    let now = 0;
    const cache = new PromptCacheSimulator(() => now);
    const prefixTokens = requestTokens({ messages: [], system: [{ text: LONG_POLICY }, { cachePoint: { type: "default" } }] });
    expect(prefixTokens).toBeGreaterThan(1024);
    expect(cache.account(SONNET, request("Can I return shoes?"))).toEqual({ cacheReadInputTokens: 0, cacheWriteInputTokens: prefixTokens });
    now += 4 * 60_000;
    expect(cache.account(SONNET, request("And a jacket?"))).toEqual({ cacheReadInputTokens: prefixTokens, cacheWriteInputTokens: 0 });
    // Each read refreshes the lifetime; five quiet minutes later it is gone.
    now += 4 * 60_000;
    expect(cache.account(SONNET, request("Socks?"))?.cacheReadInputTokens).toBe(prefixTokens);
    now += 5 * 60_000 + 1;
    expect(cache.account(SONNET, request("Socks?"))).toEqual({ cacheReadInputTokens: 0, cacheWriteInputTokens: prefixTokens });
  });

  it("keeps prefixes apart per model and per content", () => {
    const cache = new PromptCacheSimulator(() => 0);
    cache.account(SONNET, request("q"));
    expect(cache.account(model("anthropic.claude-sonnet-4-20250514-v1:0"), request("q"))?.cacheReadInputTokens).toBe(0);
    expect(cache.account(SONNET, request("q", `${LONG_POLICY} Changed.`))?.cacheReadInputTokens).toBe(0);
  });

  it("reads the longest cached prefix and writes the rest up to the last cache point", () => {
    const cache = new PromptCacheSimulator(() => 0);
    const first = request("First question, long enough to matter. ".repeat(10));
    cache.account(SONNET, first);
    const withHistory: ChatRequest = {
      system: first.system,
      messages: [
        { role: "user", content: [{ text: "First question, long enough to matter. ".repeat(10) }] },
        { role: "assistant", content: [{ text: LONG_POLICY }, { cachePoint: { type: "default" } }] },
        { role: "user", content: [{ text: "Follow-up" }] },
      ],
    };
    const usage = cache.account(SONNET, withHistory)!;
    const systemTokens = cache.account(SONNET, first)!.cacheReadInputTokens;
    expect(usage.cacheReadInputTokens).toBe(systemTokens);
    expect(usage.cacheWriteInputTokens).toBeGreaterThan(1000);
  });

  it("ignores prefixes below the model's minimum and models without caching, and rejects a fifth cache point", () => {
    const cache = new PromptCacheSimulator(() => 0);
    expect(cache.account(SONNET, request("q", "Short system prompt."))).toEqual({ cacheReadInputTokens: 0, cacheWriteInputTokens: 0 });
    expect(cache.account(model("anthropic.claude-3-haiku-20240307-v1:0"), request("q"))).toBeUndefined();
    expect(cache.account(SONNET, { messages: [{ role: "user", content: [{ text: "q" }] }] })).toBeUndefined();
    const fivePoints: ChatRequest = {
      system: Array.from({ length: 5 }, () => [{ text: LONG_POLICY }, { cachePoint: { type: "default" } }]).flat(),
      messages: [{ role: "user", content: [{ text: "q" }] }],
    };
    expect(() => cache.account(SONNET, fivePoints)).toThrow(/maximum of 4 cache points/);
  });
});
