import { answerParts, pacedParts, waitForGeneration } from "./answer-stream.ts";
import type { ChatSource, GeneratedAnswer, GenerationCall } from "./chat-source.ts";
import { answerChat } from "./converse-handler.ts";
import type { ChatRequest } from "./converse-types.ts";
import { tokenUsage } from "./token-usage.ts";

function generate(request: ChatRequest, call: GenerationCall): GeneratedAnswer {
  const offline = answerChat(request);
  const answer = call.transform ? call.transform(offline) : offline;
  return { answer, usage: tokenUsage(request, answer) };
}

/** The offline answerer, paced by the call's latency so it streams like a model. */
export const offlineChatSource: ChatSource = {
  async complete(request, call) {
    const generated = generate(request, call);
    await waitForGeneration(answerParts(generated.answer), call.latency, call.signal);
    return generated;
  },

  async stream(request, call, onPart) {
    const generated = generate(request, call);
    for await (const part of pacedParts(answerParts(generated.answer), call.latency, call.signal)) await onPart(part);
    return generated;
  },
};
