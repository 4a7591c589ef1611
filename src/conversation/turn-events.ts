import type { EscalationReason } from "../escalation/escalation-types.ts";
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

/**
 * What a turn tells its transport, in order: started, deltas/tool/citations, `escalated` when the
 * conversation goes to a person, then done, error, or `delivered` (a person holds the conversation
 * and received the message; the assistant stays silent).
 */
export type TurnEvent =
  | { type: "turn.started"; conversationId: string; messageId: string }
  | { type: "delta"; text: string }
  | { type: "tool"; name: string; status: "started" | "completed" | "failed" }
  | { type: "citations"; citations: Citation[] }
  | { type: "escalated"; reasons: EscalationReason[]; position: number }
  | { type: "done"; message: AssistantMessageView; conversation: { id: string; status: ConversationStatus } }
  | { type: "delivered"; messageId: string; conversation: { id: string; status: ConversationStatus } }
  | { type: "error"; error: { code: string; message: string; retryable: boolean } };

export type TurnEventSink = (event: TurnEvent) => void;
