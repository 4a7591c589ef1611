import type { Citation, ConversationStatus } from "./conversation-store.ts";

/** The assistant message as clients see it (JSON reply, SSE/WS `done`). */
export interface AssistantMessageView {
  id: string;
  role: "assistant";
  text: string;
  language: string;
  citations: Citation[];
  model: string | null;
  usage: { inputTokens: number; outputTokens: number };
  latencyMs: number;
  status: "complete" | "incomplete" | "failed";
}

/** What a turn tells its transport, in order: started, deltas/tool/citations, then done or error. */
export type TurnEvent =
  | { type: "turn.started"; conversationId: string; messageId: string }
  | { type: "delta"; text: string }
  | { type: "tool"; name: string; status: "started" | "completed" | "failed" }
  | { type: "citations"; citations: Citation[] }
  | { type: "done"; message: AssistantMessageView; conversation: { id: string; status: ConversationStatus } }
  | { type: "error"; error: { code: string; message: string; retryable: boolean } };

export type TurnEventSink = (event: TurnEvent) => void;
