import { describe, expect, it } from "vitest";
import { parseModelId } from "./model-id.ts";

describe("parseModelId", () => {
  it("reads bare ids, percent-encoded or not", () => {
    expect(parseModelId("anthropic.claude-3-5-haiku-20241022-v1%3A0")).toMatchObject({
      requested: "anthropic.claude-3-5-haiku-20241022-v1:0",
      baseModelId: "anthropic.claude-3-5-haiku-20241022-v1:0",
      kind: "chat",
      family: "anthropic",
    });
    expect(parseModelId("amazon.titan-embed-text-v2:0")).toMatchObject({ kind: "embedding", family: "titan-embed-v2" });
    expect(parseModelId("amazon.titan-embed-text-v1")).toMatchObject({ kind: "embedding", family: "titan-embed-v1" });
    expect(parseModelId("amazon.nova-lite-v1%3A0")).toMatchObject({ kind: "chat", family: "nova" });
    expect(parseModelId("meta.llama3-1-8b-instruct-v1:0")).toMatchObject({ kind: "chat", family: "llama" });
  });

  it("strips inference-profile prefixes", () => {
    for (const prefix of ["us", "eu", "apac", "global"]) {
      expect(parseModelId(`${prefix}.anthropic.claude-sonnet-4-5-20250929-v1%3A0`)).toMatchObject({
        baseModelId: "anthropic.claude-sonnet-4-5-20250929-v1:0",
        family: "anthropic",
      });
    }
  });

  it("reads ARNs of foundation models and inference profiles", () => {
    const foundation = encodeURIComponent("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0");
    expect(parseModelId(foundation)).toMatchObject({ baseModelId: "anthropic.claude-3-haiku-20240307-v1:0", family: "anthropic" });
    const profile = encodeURIComponent("arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0");
    expect(parseModelId(profile)).toMatchObject({ baseModelId: "amazon.nova-pro-v1:0", family: "nova" });
    const application = encodeURIComponent("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6");
    expect(parseModelId(application)).toMatchObject({ kind: "chat" });
    expect(parseModelId("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0")).toMatchObject({ kind: "embedding" });
  });

  it("rejects what it does not serve", () => {
    expect(parseModelId("acme.super-model-v1:0")).toBeUndefined();
    expect(parseModelId("amazon.titan-text-express-v1")).toBeUndefined();
    expect(parseModelId("amazon.nova-canvas-v1:0")).toBeUndefined();
    expect(parseModelId("not a model")).toBeUndefined();
    expect(parseModelId("%E0%A4%A")).toBeUndefined();
    expect(parseModelId("arn:aws:s3:::bucket/anthropic.claude-v2")).toBeUndefined();
  });
});
