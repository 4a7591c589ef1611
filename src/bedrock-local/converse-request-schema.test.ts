import { describe, expect, it } from "vitest";
import { parseConverseRequest } from "./converse-request-schema.ts";

function message(role: string, text = "hi") {
  return { role, content: [{ text }] };
}

describe("parseConverseRequest", () => {
  it("accepts a well-formed request with unknown extra members", () => {
    const request = parseConverseRequest({
      messages: [message("user")],
      system: [{ text: "x" }, { cachePoint: { type: "default" } }],
      inferenceConfig: { maxTokens: 100, temperature: 0.2 },
      requestMetadata: { tenant: "a" },
      somethingNew: true,
    });
    expect(request.messages).toHaveLength(1);
  });

  it.each([
    [{}, /messages/],
    [{ messages: [] }, /messages/],
    [{ messages: [{ role: "system", content: [{ text: "x" }] }] }, /role/],
    [{ messages: [{ role: "user", content: [{ text: "x", image: {} }] }] }, /exactly one/],
    [{ messages: [message("user")], inferenceConfig: { temperature: 3 } }, /temperature/],
    [{ messages: [message("assistant")] }, /must start with a user message/],
    [{ messages: [message("user"), message("user")] }, /alternate/],
    [{ messages: [message("user")], toolConfig: { tools: [{ toolSpec: { name: "bad name", inputSchema: { json: {} } } }] } }, /pattern/],
    [
      { messages: [{ role: "user", content: [{ toolResult: { toolUseId: "t", content: [{ text: "x" }] } }] }] },
      /toolConfig field must be defined/,
    ],
  ])("rejects %j", (body, message) => {
    expect(() => parseConverseRequest(body)).toThrow(message);
  });
});
