import { anthropicInvokeFormat } from "./anthropic-invoke.ts";
import { validationError } from "./bedrock-errors.ts";
import type { ChatInvokeFormat, InvocationInfo } from "./chat-invoke-format.ts";
import type { OperationContext } from "./converse-handler.ts";
import { encodeEvent } from "./event-stream-encoder.ts";
import { llamaInvokeFormat } from "./llama-invoke.ts";
import { novaInvokeFormat } from "./nova-invoke.ts";
import { titanEmbeddingResponse } from "./titan-embeddings.ts";
import { requestTokens } from "./token-usage.ts";

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
  const { answer, usage } = await context.chat.complete(request);
  const latencyMs = Date.now() - context.startedAt;
  const info: InvocationInfo = { modelId: model.baseModelId, usage, latencyMs, firstByteLatencyMs: latencyMs };
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
  // The first event reports the prompt's tokens before any output exists.
  const inputTokens = requestTokens(request);
  const opening: InvocationInfo = {
    modelId: model.baseModelId,
    usage: { inputTokens, outputTokens: 0, totalTokens: inputTokens },
    latencyMs: 0,
    firstByteLatencyMs: 0,
  };
  // The stream starts with the first part, so a failure before it is still an ordinary JSON error.
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    exchange.startStream("application/vnd.amazon.eventstream", { "X-Amzn-Bedrock-Content-Type": "application/json" });
    for (const event of format.streamStart(opening)) await exchange.write(chunk(event));
  };
  let firstByte = 0;
  const { answer, usage } = await context.chat.stream(request, async (part) => {
    await start();
    if (!firstByte && (part.type === "text-delta" || part.type === "tool-delta")) firstByte = Date.now() - context.startedAt;
    for (const event of format.streamPart(part)) await exchange.write(chunk(event));
  });
  await start();
  const finished: InvocationInfo = { modelId: model.baseModelId, usage, latencyMs: Date.now() - context.startedAt, firstByteLatencyMs: firstByte };
  for (const event of format.streamFinish(answer, finished)) await exchange.write(chunk(event));
  exchange.end();
}
