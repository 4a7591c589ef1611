// The model contract, shaped after Bedrock Converse: every provider translates to and from it.

export type ContentBlock =
  | { text: string }
  | { toolUse: ToolUse }
  | { toolResult: ToolResult }
  | { cachePoint: { type: "default" } };

export interface ToolUse {
  toolUseId: string;
  name: string;
  input: Record<string, unknown>;
}

export interface ToolResult {
  toolUseId: string;
  content: Array<{ json: unknown } | { text: string }>;
  status?: "success" | "error";
}

export interface ChatMessage {
  role: "user" | "assistant";
  content: ContentBlock[];
}

export type SystemBlock = { text: string } | { cachePoint: { type: "default" } };

export interface ToolSpec {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

export interface ChatRequest {
  modelId: string;
  system: SystemBlock[];
  messages: ChatMessage[];
  tools?: ToolSpec[];
  maxTokens: number;
  temperature?: number;
  /** Latency-optimized inference, for models that offer it. */
  performanceConfig?: { latency: "standard" | "optimized" };
  signal?: AbortSignal;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
}

export type StopReason = "end_turn" | "tool_use" | "max_tokens" | "stop_sequence" | "guardrail_intervened" | "content_filtered";

/** Parts of a streamed answer, in order: text deltas and tool calls, then one `finish`. */
export type ChatStreamPart =
  | { type: "text-delta"; text: string }
  | { type: "tool-use"; toolUse: ToolUse }
  | { type: "finish"; stopReason: StopReason; usage: Usage; modelLatencyMs?: number; /** The model that answered, after any fallback. */ modelId?: string };

export interface ChatModel {
  stream(request: ChatRequest): AsyncIterable<ChatStreamPart>;
}

export interface Embedder {
  readonly model: string;
  readonly dimensions: number;
  /** Embeds texts in order; vectors are L2-normalized. */
  embed(texts: string[]): Promise<number[][]>;
}

/** A model call failed; `retryable` says whether trying again later can succeed. */
export class ModelError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ModelError";
  }
}
