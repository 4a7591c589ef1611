import { describe, expect, it } from "vitest";
import { parseModelId } from "./model-id.ts";
import type { ModelReference } from "./model-id.ts";
import { modelMatcher } from "./model-pattern.ts";

function model(id: string): ModelReference {
  const parsed = parseModelId(encodeURIComponent(id));
  if (!parsed) throw new Error(`not a model id: ${id}`);
  return parsed;
}

describe("modelMatcher", () => {
  it("matches exact ids, globs and the model behind a profile or ARN", () => {
    const haiku = "anthropic.claude-3-5-haiku-20241022-v1:0";
    expect(modelMatcher(haiku)(model(haiku))).toBe(true);
    expect(modelMatcher(haiku)(model(`us.${haiku}`))).toBe(true);
    expect(modelMatcher("*haiku*")(model(`arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.${haiku}`))).toBe(true);
    expect(modelMatcher("*haiku*")(model("anthropic.claude-sonnet-4-20250514-v1:0"))).toBe(false);
    expect(modelMatcher("amazon.nova-*")(model("amazon.nova-lite-v1:0"))).toBe(true);
  });
});
