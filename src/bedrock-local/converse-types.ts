// Plain types for the Converse shapes the local endpoint reads and writes. Requests are validated
// by the zod schemas at the edge; everything inside works on these.

/** A tool call the model makes. */
export interface ToolUse {
  toolUseId: string;
  name: string;
  input: unknown;
}

/** The caller's answer to a tool call. */
export interface ToolResult {
  toolUseId: string;
  content: ToolResultContent[];
  status?: "success" | "error";
}

export type ToolResultContent = { json?: unknown; text?: string; [key: string]: unknown };

/** A content block; unions arrive as objects with exactly one key. */
export interface ContentBlock {
  text?: string;
  toolUse?: ToolUse;
  toolResult?: ToolResult;
  [key: string]: unknown;
}

export interface ChatMessage {
  role: "user" | "assistant";
  content: ContentBlock[];
}

export interface SystemBlock {
  text?: string;
  [key: string]: unknown;
}

export interface ToolSpecification {
  name: string;
  description?: string;
  inputSchema?: { json?: unknown };
}

export interface ToolConfiguration {
  tools: { toolSpec?: ToolSpecification; [key: string]: unknown }[];
  toolChoice?: unknown;
}

export interface InferenceConfiguration {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
}

/** A chat request in Converse shape, whatever wire format it came in. */
export interface ChatRequest {
  messages: ChatMessage[];
  system?: SystemBlock[];
  toolConfig?: ToolConfiguration;
  inferenceConfig?: InferenceConfiguration;
}

export type StopReason = "end_turn" | "tool_use" | "max_tokens" | "content_filtered";

/** One block of the model's reply. */
export type AnswerBlock = { text: string } | { toolUse: ToolUse & { input: Record<string, unknown> } };

/** The model's reply before it is put on the wire. */
export interface ModelAnswer {
  content: AnswerBlock[];
  stopReason: StopReason;
}
