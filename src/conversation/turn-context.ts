import type { SearchResult } from "../knowledge/hybrid-search.ts";
import type { Usage } from "../models/model-port.ts";
import type { Citation, Conversation, StoredMessage } from "./conversation-store.ts";
import type { TurnEventSink } from "./turn-events.ts";

export interface GeneratedAnswer {
  text: string;
  model: string;
  usage: Usage;
  firstTokenMs?: number;
  status: "complete" | "incomplete" | "failed";
}

/** Everything one turn knows; each step reads what earlier steps wrote and adds its own part. */
export interface TurnContext {
  conversation: Conversation;
  userText: string;
  /** performance.now() when the server received the message. */
  receivedAt: number;
  emit: TurnEventSink;
  userMessage?: StoredMessage;
  assistantMessageId: string;
  history: StoredMessage[];
  language: string;
  sources: SearchResult[];
  answer?: GeneratedAnswer;
  citations: Citation[];
  assistantMessage?: StoredMessage;
  /** Why the turn could not answer (shown to the customer localized; `cause` is for logs). */
  failure?: { code: string; message: string; retryable: boolean; cause?: string };
  /** Set by a step that ends the turn early (an error, later a guardrail block or a handoff). */
  finished?: boolean;
}

export type TurnStep = (context: TurnContext) => Promise<void>;
