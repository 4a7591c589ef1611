import { describe, expect, it } from "vitest";
import type { ChatRequest } from "./converse-types.ts";
import { toOpenAiChatRequest } from "./openai-chat-request.ts";

describe("toOpenAiChatRequest", () => {
  it("puts tool results first as tool messages, keeps images as data URLs and drops cache points", () => {
    const request: ChatRequest = {
      system: [{ text: "Be brief." }, { cachePoint: { type: "default" } }, { guardContent: { text: { text: "Policy text." } } }],
      messages: [
        { role: "user", content: [{ text: "Where is order 1?" }] },
        { role: "assistant", content: [{ text: "Checking." }, { toolUse: { toolUseId: "t1", name: "order_status", input: { id: "1" } } }] },
        {
          role: "user",
          content: [
            { toolResult: { toolUseId: "t1", content: [{ text: "not found" }], status: "error" } },
            { text: "And this photo?" },
            { image: { format: "png", source: { bytes: "iVBORw0KGgo=" } } },
          ],
        },
      ],
      toolConfig: { tools: [{ toolSpec: { name: "order_status", inputSchema: { json: { type: "object" } } } }, { cachePoint: { type: "default" } }], toolChoice: { tool: { name: "order_status" } } },
    };
    const body = toOpenAiChatRequest(request, "qwen2.5:7b", false);
    expect(body.messages).toEqual([
      { role: "system", content: "Be brief.\n\nPolicy text." },
      { role: "user", content: "Where is order 1?" },
      { role: "assistant", content: "Checking.", tool_calls: [{ id: "t1", type: "function", function: { name: "order_status", arguments: '{"id":"1"}' } }] },
      { role: "tool", tool_call_id: "t1", content: "Error: not found" },
      {
        role: "user",
        content: [
          { type: "text", text: "And this photo?" },
          { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } },
        ],
      },
    ]);
    expect(body.tools).toEqual([{ type: "function", function: { name: "order_status", description: undefined, parameters: { type: "object" } } }]);
    expect(body.tool_choice).toEqual({ type: "function", function: { name: "order_status" } });
    expect(body).not.toHaveProperty("stream_options");
  });

  it("refuses content an OpenAI-compatible server cannot take", () => {
    const request: ChatRequest = { messages: [{ role: "user", content: [{ document: { format: "pdf", name: "x", source: { bytes: "" } } }] }] };
    expect(() => toOpenAiChatRequest(request, "m", true)).toThrow(/document content block cannot be forwarded/);
  });
});
