import { describe, expect, it } from "vitest";
import { chatCompletionsUrl, forwardModelResolver, forwardModelsSchema } from "./forward-settings.ts";
import { parseModelId } from "./model-id.ts";

describe("forward settings", () => {
  it("reads a model map and resolves models in order, falling back to the Bedrock id", () => {
    const rules = forwardModelsSchema.parse("*haiku*=llama3.2:3b, *sonnet*=qwen2.5:14b");
    const resolve = forwardModelResolver(rules);
    expect(resolve(parseModelId("us.anthropic.claude-haiku-4-5-20251001-v1:0")!)).toBe("llama3.2:3b");
    expect(resolve(parseModelId("anthropic.claude-sonnet-4-20250514-v1:0")!)).toBe("qwen2.5:14b");
    expect(resolve(parseModelId("amazon.nova-pro-v1:0")!)).toBe("amazon.nova-pro-v1:0");
    expect(forwardModelsSchema.parse("qwen2.5:7b")).toEqual([{ target: "qwen2.5:7b" }]);
    expect(forwardModelsSchema.safeParse("=x").success).toBe(false);
  });

  it("finds the chat completions route under any base URL", () => {
    expect(chatCompletionsUrl("http://127.0.0.1:11434")).toBe("http://127.0.0.1:11434/v1/chat/completions");
    expect(chatCompletionsUrl("http://127.0.0.1:8000/v1/")).toBe("http://127.0.0.1:8000/v1/chat/completions");
    expect(chatCompletionsUrl("http://gw/openai/v1/chat/completions")).toBe("http://gw/openai/v1/chat/completions");
  });
});
