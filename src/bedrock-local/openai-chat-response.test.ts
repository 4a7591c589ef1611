import { describe, expect, it } from "vitest";
import { answerFromCompletion, chatCompletionChunkSchema, chatCompletionSchema, CompletionStreamAssembler } from "./openai-chat-response.ts";

describe("answerFromCompletion", () => {
  it("maps text, tool calls with object arguments (Ollama), finish reasons and usage", () => {
    const completion = chatCompletionSchema.parse({
      choices: [{ message: { content: "", tool_calls: [{ function: { name: "lookup", arguments: { id: 3 } } }] }, finish_reason: "stop" }],
      usage: { prompt_tokens: 5, completion_tokens: 2 },
    });
    const { answer, usage } = answerFromCompletion(completion);
    expect(answer.stopReason).toBe("tool_use");
    expect(answer.content).toEqual([{ toolUse: { toolUseId: expect.stringMatching(/^tooluse_/), name: "lookup", input: { id: 3 } } }]);
    expect(usage).toEqual({ inputTokens: 5, outputTokens: 2 });
    const cut = answerFromCompletion(chatCompletionSchema.parse({ choices: [{ message: { content: "Hel" }, finish_reason: "length" }] }));
    expect(cut).toEqual({ answer: { content: [{ text: "Hel" }], stopReason: "max_tokens" }, usage: undefined });
  });

  it("fails as a model error when tool arguments are not a JSON object", () => {
    const completion = chatCompletionSchema.parse({ choices: [{ message: { tool_calls: [{ id: "c", function: { name: "lookup", arguments: "{oops" } }] } }] });
    expect(() => answerFromCompletion(completion)).toThrow(expect.objectContaining({ type: "ModelErrorException", status: 424 }));
  });
});

describe("CompletionStreamAssembler", () => {
  it("streams text as it comes and hands interleaved tool calls over whole, in index order, after it", () => {
    const assembler = new CompletionStreamAssembler();
    const chunks = [
      { choices: [{ delta: { role: "assistant", content: "Let me " } }] },
      { choices: [{ delta: { content: "check." } }] },
      { choices: [{ delta: { tool_calls: [{ index: 1, id: "b", function: { name: "second", arguments: '{"x":' } }] } }] },
      { choices: [{ delta: { tool_calls: [{ index: 0, id: "a", function: { name: "first", arguments: "{}" } }] } }] },
      { choices: [{ delta: { tool_calls: [{ index: 1, function: { arguments: "1}" } }] }, finish_reason: "tool_calls" }] },
      { choices: [], usage: { prompt_tokens: 9, completion_tokens: 4 } },
    ];
    const live = chunks.flatMap((chunk) => assembler.push(chatCompletionChunkSchema.parse(chunk)));
    expect(live).toEqual([
      { type: "text-start", index: 0 },
      { type: "text-delta", index: 0, text: "Let me " },
      { type: "text-delta", index: 0, text: "check." },
    ]);
    const finished = assembler.finish();
    expect(finished.parts).toEqual([
      { type: "block-end", index: 0 },
      { type: "tool-start", index: 1, toolUseId: "a", name: "first" },
      { type: "tool-delta", index: 1, json: "{}" },
      { type: "block-end", index: 1 },
      { type: "tool-start", index: 2, toolUseId: "b", name: "second" },
      { type: "tool-delta", index: 2, json: '{"x":1}' },
      { type: "block-end", index: 2 },
    ]);
    expect(finished.answer.stopReason).toBe("tool_use");
    expect(finished.usage).toEqual({ inputTokens: 9, outputTokens: 4 });
  });
});
