import type { AnswerPart } from "./answer-stream.ts";
import type { ChatRequest, ModelAnswer } from "./converse-types.ts";
import type { TokenUsage } from "./token-usage.ts";

/** What a native response needs besides the answer. */
export interface InvocationInfo {
  modelId: string;
  usage: TokenUsage;
  /** Set when the response is finished. */
  latencyMs: number;
  firstByteLatencyMs: number;
}

/**
 * A model family's native InvokeModel body (Anthropic messages, Nova, Llama): how to read it into
 * the Converse shape the answerer works on, and how to write the answer back, whole or as the
 * JSON events of InvokeModelWithResponseStream.
 */
export interface ChatInvokeFormat {
  toChatRequest(body: unknown): ChatRequest;
  response(answer: ModelAnswer, info: InvocationInfo): unknown;
  streamStart(info: InvocationInfo): unknown[];
  streamPart(part: AnswerPart): unknown[];
  streamFinish(answer: ModelAnswer, info: InvocationInfo): unknown[];
}

/** Bedrock's invocation metrics, appended to the last event of a native stream. */
export function invocationMetrics(info: InvocationInfo): Record<string, number> {
  return {
    inputTokenCount: info.usage.inputTokens,
    outputTokenCount: info.usage.outputTokens,
    invocationLatency: info.latencyMs,
    firstByteLatency: info.firstByteLatencyMs,
  };
}
