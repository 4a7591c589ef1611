import { answerParts, pacedParts, waitForGeneration } from "./answer-stream.ts";
import type { ModelLatency } from "./answer-stream.ts";
import { unsupportedOperationError } from "./bedrock-errors.ts";
import { parseConverseRequest } from "./converse-request-schema.ts";
import type { ChatRequest, ModelAnswer } from "./converse-types.ts";
import { encodeEvent } from "./event-stream-encoder.ts";
import type { HttpExchange } from "./http-exchange.ts";
import { limitToMaxTokens } from "./max-tokens.ts";
import type { ModelReference } from "./model-id.ts";
import { answerOffline } from "./offline-answerer.ts";
import { tokenUsage } from "./token-usage.ts";

/** What every model operation needs besides the request. */
export interface OperationContext {
  exchange: HttpExchange;
  model: ModelReference;
  body: unknown;
  latency: ModelLatency;
  startedAt: number;
}

/** Answers a chat request offline, within its token limit. */
export function answerChat(request: ChatRequest): ModelAnswer {
  return limitToMaxTokens(answerOffline(request), request.inferenceConfig?.maxTokens);
}

function chatRequestFor(context: OperationContext): ChatRequest {
  if (context.model.kind !== "chat") throw unsupportedOperationError();
  return parseConverseRequest(context.body);
}

/** POST /model/{modelId}/converse */
export async function handleConverse(context: OperationContext): Promise<void> {
  const request = chatRequestFor(context);
  const answer = answerChat(request);
  await waitForGeneration(answerParts(answer), context.latency, context.exchange.closed);
  context.exchange.json(200, {
    output: { message: { role: "assistant", content: answer.content } },
    stopReason: answer.stopReason,
    usage: tokenUsage(request, answer),
    metrics: { latencyMs: Date.now() - context.startedAt },
  });
}

/** POST /model/{modelId}/converse-stream: Converse's events in AWS event-stream frames. */
export async function handleConverseStream(context: OperationContext): Promise<void> {
  const request = chatRequestFor(context);
  const answer = answerChat(request);
  const { exchange } = context;
  exchange.startStream("application/vnd.amazon.eventstream");
  await exchange.write(encodeEvent("messageStart", { role: "assistant" }));
  for await (const part of pacedParts(answerParts(answer), context.latency, exchange.closed)) {
    switch (part.type) {
      case "text-start":
        break; // Converse announces only tool blocks.
      case "text-delta":
        await exchange.write(encodeEvent("contentBlockDelta", { contentBlockIndex: part.index, delta: { text: part.text } }));
        break;
      case "tool-start":
        await exchange.write(
          encodeEvent("contentBlockStart", { contentBlockIndex: part.index, start: { toolUse: { toolUseId: part.toolUseId, name: part.name } } }),
        );
        break;
      case "tool-delta":
        await exchange.write(encodeEvent("contentBlockDelta", { contentBlockIndex: part.index, delta: { toolUse: { input: part.json } } }));
        break;
      case "block-end":
        await exchange.write(encodeEvent("contentBlockStop", { contentBlockIndex: part.index }));
        break;
    }
  }
  await exchange.write(encodeEvent("messageStop", { stopReason: answer.stopReason }));
  await exchange.write(encodeEvent("metadata", { usage: tokenUsage(request, answer), metrics: { latencyMs: Date.now() - context.startedAt } }));
  exchange.end();
}
