import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRoutingPolicy, parseRoutingPolicy, RoutingPolicyError } from "./load-routing-policy.ts";
import { resolveModelSettings } from "./routing-policy.ts";
import { readRoutingSettings, routingEnvironmentShape } from "./routing-settings.ts";
import { z } from "zod";

const HAIKU = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
const SONNET = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";

describe("parseRoutingPolicy", () => {
  it("routes cheap tasks to Haiku, complex ones to Sonnet, and lets the judge wait", () => {
    const policy = parseRoutingPolicy();
    expect(policy.tasks.classify.models[0]).toBe(HAIKU);
    expect(policy.tasks["answer.simple"].models[0]).toBe(HAIKU);
    expect(policy.tasks.extract.models[0]).toBe(HAIKU);
    expect(policy.tasks["answer.complex"].models[0]).toBe(SONNET);
    expect(policy.tasks.suggest_reply.models[0]).toBe(SONNET);
    expect(policy.tasks.judge).toMatchObject({ models: [HAIKU], onFailure: "wait" });
    expect(policy.tasks["answer.simple"].onFailure).toBe("degrade");
    expect(policy.budget.dailyUsd).toBeUndefined();
  });

  it("merges a partial document over the defaults, field by field", () => {
    const policy = parseRoutingPolicy({ tasks: { classify: { maxTokens: 100 } }, retry: { maxAttempts: 5 } });
    expect(policy.tasks.classify.maxTokens).toBe(100);
    expect(policy.tasks.classify.models[0]).toBe(HAIKU);
    expect(policy.retry).toMatchObject({ maxAttempts: 5, baseDelayMs: 200 });
  });

  it("lets the environment's chains and budget win over the document", () => {
    const policy = parseRoutingPolicy({ tasks: { classify: { models: [SONNET] } } }, { chains: { classify: ["global.anthropic.claude-haiku-4-5-20251001-v1:0"] }, dailyBudgetUsd: 25 });
    expect(policy.tasks.classify.models).toEqual(["global.anthropic.claude-haiku-4-5-20251001-v1:0"]);
    expect(policy.budget.dailyUsd).toBe(25);
  });

  it("accepts ARNs and needs a price for models the catalog does not know", () => {
    const arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3";
    expect(() => parseRoutingPolicy({ tasks: { extract: { models: [arn] } } })).toThrow(/no price known for arn:aws:bedrock/);
    const policy = parseRoutingPolicy({ tasks: { extract: { models: [arn] } }, models: { [arn]: { price: { input: 0.001, output: 0.002 } } } });
    expect(resolveModelSettings(policy, arn)).toMatchObject({ price: { input: 0.001, output: 0.002, cacheRead: 0, cacheWrite: 0 }, promptCaching: false });
  });

  it("rejects model ids that are not Bedrock ids, and latency optimization no model of the chain offers", () => {
    expect(() => parseRoutingPolicy({ tasks: { classify: { models: ["gpt 4"] } } })).toThrow(RoutingPolicyError);
    expect(() => parseRoutingPolicy({ tasks: { classify: { models: [HAIKU], performanceConfig: { latency: "optimized" } } } })).toThrow(/latency-optimized/);
    const optimized = parseRoutingPolicy({ tasks: { classify: { models: ["us.anthropic.claude-3-5-haiku-20241022-v1:0"], performanceConfig: { latency: "optimized" } } } });
    expect(optimized.tasks.classify.performanceConfig).toEqual({ latency: "optimized" });
  });

  it("fills model settings from the catalog", () => {
    expect(resolveModelSettings(parseRoutingPolicy(), SONNET)).toMatchObject({ promptCaching: true, concurrency: { limit: 64, queue: 256 }, price: { input: 0.003, output: 0.015 } });
  });
});

describe("loadRoutingPolicy", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "routing-policy-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads YAML and JSON files", async () => {
    await writeFile(path.join(dir, "policy.yaml"), `tasks:\n  answer.complex:\n    models: [${SONNET}, ${HAIKU}]\n    onFailure: degrade\nbudget:\n  dailyUsd: 40\n`);
    await writeFile(path.join(dir, "policy.json"), JSON.stringify({ breaker: { consecutiveFailures: 3 } }));
    expect((await loadRoutingPolicy(path.join(dir, "policy.yaml"))).budget.dailyUsd).toBe(40);
    expect((await loadRoutingPolicy(path.join(dir, "policy.json"))).breaker).toEqual({ consecutiveFailures: 3, halfOpenAfterMs: 30_000 });
  });

  it("names the file when it does not parse", async () => {
    await writeFile(path.join(dir, "broken.json"), "{");
    await expect(loadRoutingPolicy(path.join(dir, "broken.json"))).rejects.toThrow(/broken\.json is not valid JSON/);
  });
});

describe("readRoutingSettings", () => {
  const read = (environment: Record<string, string>) => readRoutingSettings(z.object(routingEnvironmentShape).parse(environment), environment);

  it("reads a comma-separated chain per task", () => {
    expect(read({ SWITCHBOARD_MODEL_ANSWER_COMPLEX: `${SONNET}, ${HAIKU}`, SWITCHBOARD_MODEL_SUGGEST_REPLY: "" }).chains).toEqual({ "answer.complex": [SONNET, HAIKU] });
  });

  it("keeps SWITCHBOARD_ANSWER_MODEL setting both answer chains unless they are set themselves", () => {
    expect(read({ SWITCHBOARD_ANSWER_MODEL: HAIKU, SWITCHBOARD_MODEL_ANSWER_COMPLEX: SONNET }).chains).toEqual({ "answer.simple": [HAIKU], "answer.complex": [SONNET] });
    expect(read({}).chains).toEqual({});
  });
});
