import { anthropicInvokeFormat } from "./anthropic-invoke.ts";
import { answerParts, pacedParts, waitForGeneration } from "./answer-stream.ts";
import { validationError } from "./bedrock-errors.ts";
import type { ChatInvokeFormat, InvocationInfo } from "./chat-invoke-format.ts";
import { answerChat } from "./converse-handler.ts";
import type { OperationContext } from "./converse-handler.ts";
import { encodeEvent } from "./event-stream-encoder.ts";
import { llamaInvokeFormat } from "./llama-invoke.ts";
import { novaInvokeFormat } from "./nova-invoke.ts";
import { titanEmbeddingResponse } from "./titan-embeddings.ts";
import { tokenUsage } from "./token-usage.ts";

function chatFormat(context: OperationContext): ChatInvokeFormat {
  switch (context.model.family) {
    case "anthropic":
      return anthropicInvokeFormat;
    case "nova":
      return novaInvokeFormat;
    case "llama":
      return llamaInvokeFormat;
    default:
      throw validationError("The model is unsupported for this operation.");
  }
}

function countHeaders(info: InvocationInfo): Record<string, string> {
  return {
    "X-Amzn-Bedrock-Invocation-Latency": String(info.latencyMs),
    "X-Amzn-Bedrock-Input-Token-Count": String(info.usage.inputTokens),
    "X-Amzn-Bedrock-Output-Token-Count": String(info.usage.outputTokens),
  };
}

/** POST /model/{modelId}/invoke: the model's native JSON body in, its native JSON out. */
export async function handleInvoke(context: OperationContext): Promise<void> {
  const { exchange, model } = context;
  if (model.kind === "embedding") {
    const { payload, inputTokens } = titanEmbeddingResponse(model, context.body);
    const latencyMs = Date.now() - context.startedAt;
    exchange.json(200, payload, {
      "X-Amzn-Bedrock-Invocation-Latency": String(latencyMs),
      "X-Amzn-Bedrock-Input-Token-Count": String(inputTokens),
    });
    return;
  }
  const format = chatFormat(context);
  const request = format.toChatRequest(context.body);
  const answer = answerChat(request);
  await waitForGeneration(answerParts(answer), context.latency, exchange.closed);
  const latencyMs = Date.now() - context.startedAt;
  const info: InvocationInfo = { modelId: model.baseModelId, usage: tokenUsage(request, answer), latencyMs, firstByteLatencyMs: latencyMs };
  exchange.json(200, format.response(answer, info), countHeaders(info));
}

function chunk(event: unknown): Uint8Array {
  return encodeEvent("chunk", { bytes: Buffer.from(JSON.stringify(event)).toString("base64") });
}

/** POST /model/{modelId}/invoke-with-response-stream: native stream events, each base64 in a `chunk` frame. */
export async function handleInvokeStream(context: OperationContext): Promise<void> {
  const { exchange, model } = context;
  if (model.kind === "embedding") throw validationError("The model is unsupported for streaming.");
  const format = chatFormat(context);
  const request = format.toChatRequest(context.body);
  const answer = answerChat(request);
  const info: InvocationInfo = { modelId: model.baseModelId, usage: tokenUsage(request, answer), latencyMs: 0, firstByteLatencyMs: 0 };
  exchange.startStream("application/vnd.amazon.eventstream", { "X-Amzn-Bedrock-Content-Type": "application/json" });
  for (const event of format.streamStart(info)) await exchange.write(chunk(event));
  let firstByte = 0;
  for await (const part of pacedParts(answerParts(answer), context.latency, exchange.closed)) {
    if (!firstByte && (part.type === "text-delta" || part.type === "tool-delta")) firstByte = Date.now() - context.startedAt;
    for (const event of format.streamPart(part)) await exchange.write(chunk(event));
  }
  const finished = { ...info, latencyMs: Date.now() - context.startedAt, firstByteLatencyMs: firstByte };
  for (const event of format.streamFinish(answer, finished)) await exchange.write(chunk(event));
  exchange.end();
}
