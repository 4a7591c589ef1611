import type { AnswerPart, ModelLatency } from "./answer-stream.ts";
import type { ChatRequest, ModelAnswer } from "./converse-types.ts";
import type { ModelReference } from "./model-id.ts";
import type { TokenUsage } from "./token-usage.ts";

/** An answer and what it cost. */
export interface GeneratedAnswer {
  answer: ModelAnswer;
  usage: TokenUsage;
}

/** What the endpoint decided for one call before generating. */
export interface GenerationCall {
  model: ModelReference;
  /** Artificial latency: the latency profile, or a latency fault. */
  latency: ModelLatency;
  /** Changes the answer before it is sent (an invalid-json fault). */
  transform?: (answer: ModelAnswer) => ModelAnswer;
  /** Aborted when the response can no longer reach the client. */
  signal: AbortSignal;
}

/** Where chat answers come from: the offline answerer, or an OpenAI-compatible server the endpoint forwards to. */
export interface ChatSource {
  /** The whole answer, after as long as generating it takes. */
  complete(request: ChatRequest, call: GenerationCall): Promise<GeneratedAnswer>;
  /** Hands the answer over part by part as it is generated; resolves with the whole answer. */
  stream(request: ChatRequest, call: GenerationCall, onPart: (part: AnswerPart) => Promise<void>): Promise<GeneratedAnswer>;
}

/** A chat source with one call's settings applied, as operation handlers use it. */
export interface CallChat {
  complete(request: ChatRequest): Promise<GeneratedAnswer>;
  stream(request: ChatRequest, onPart: (part: AnswerPart) => Promise<void>): Promise<GeneratedAnswer>;
}

/** Binds a call's settings to a chat source. */
export function bindChatSource(source: ChatSource, call: GenerationCall): CallChat {
  return {
    complete: (request) => source.complete(request, call),
    stream: (request, onPart) => source.stream(request, call, onPart),
  };
}
