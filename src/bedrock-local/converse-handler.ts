import { unsupportedOperationError } from "./bedrock-errors.ts";
import type { CallChat } from "./chat-source.ts";
import { parseConverseRequest } from "./converse-request-schema.ts";
import type { ChatRequest, ModelAnswer } from "./converse-types.ts";
import { encodeEvent } from "./event-stream-encoder.ts";
import type { HttpExchange } from "./http-exchange.ts";
import { limitToMaxTokens } from "./max-tokens.ts";
import type { ModelReference } from "./model-id.ts";
import { answerOffline } from "./offline-answerer.ts";
import type { PromptCacheSimulator } from "./prompt-cache.ts";
import { answerTask } from "./task-skills/answer-task.ts";
import { withCacheUsage } from "./token-usage.ts";

/** What every model operation needs besides the request. */
export interface OperationContext {
  exchange: HttpExchange;
  model: ModelReference;
  body: unknown;
  /** Generates the answer with this call's latency and faults. */
  chat: CallChat;
  promptCache: PromptCacheSimulator;
  startedAt: number;
}

/** Answers a chat request offline, within its token limit: a task prompt by its skill, a turn by the grounded answerer. */
export function answerChat(request: ChatRequest): ModelAnswer {
  return limitToMaxTokens(answerTask(request) ?? answerOffline(request), request.inferenceConfig?.maxTokens);
}

function chatRequestFor(context: OperationContext): ChatRequest {
  if (context.model.kind !== "chat") throw unsupportedOperationError();
  return parseConverseRequest(context.body);
}

/** POST /model/{modelId}/converse */
export async function handleConverse(context: OperationContext): Promise<void> {
  const request = chatRequestFor(context);
  const cache = context.promptCache.account(context.model, request);
  const { answer, usage } = await context.chat.complete(request);
  context.exchange.json(200, {
    output: { message: { role: "assistant", content: answer.content } },
    stopReason: answer.stopReason,
    usage: withCacheUsage(usage, cache),
    metrics: { latencyMs: Date.now() - context.startedAt },
  });
}

/** POST /model/{modelId}/converse-stream: Converse's events in AWS event-stream frames. */
export async function handleConverseStream(context: OperationContext): Promise<void> {
  const request = chatRequestFor(context);
  const cache = context.promptCache.account(context.model, request);
  const { exchange } = context;
  // The stream starts with the first part, so a failure before it is still an ordinary JSON error.
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    exchange.startStream("application/vnd.amazon.eventstream");
    await exchange.write(encodeEvent("messageStart", { role: "assistant" }));
  };
  const { answer, usage } = await context.chat.stream(request, async (part) => {
    await start();
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
  });
  await start();
  await exchange.write(encodeEvent("messageStop", { stopReason: answer.stopReason }));
  await exchange.write(
    encodeEvent("metadata", { usage: withCacheUsage(usage, cache), metrics: { latencyMs: Date.now() - context.startedAt } }),
  );
  exchange.end();
}
