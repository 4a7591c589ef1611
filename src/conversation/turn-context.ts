import type { EscalationReason } from "../escalation/escalation-types.ts";
import type { Finding } from "../guardrails/index.ts";
import type { SearchResult } from "../knowledge/hybrid-search.ts";
import type { Usage } from "../models/model-port.ts";
import type { ModelTask } from "../models/gateway/model-gateway.ts";
import type { Classification } from "../models/prompts/index.ts";
import type { Order } from "../orders/order-source.ts";
import type { Citation, Conversation, StoredMessage } from "./conversation-store.ts";
import type { ResponseCacheTurn } from "./response-cache/response-cache-turn.ts";
import type { TurnEventSink } from "./turn-events.ts";

export interface GeneratedAnswer {
  text: string;
  /** Null for a fixed reply (a guardrail refusal, a handoff notice) that no model wrote. */
  model: string | null;
  /** The gateway task that wrote it (answer.simple or answer.complex). */
  task?: ModelTask;
  usage: Usage;
  firstTokenMs?: number;
  /** When the first model call started, in ms after the message arrived. */
  modelStartedMs?: number;
  status: "complete" | "incomplete" | "failed";
  /** The end of `text` that has not been streamed yet (fixed texts added by a step). */
  unstreamed?: string;
}

/** Everything one turn knows; each step reads what earlier steps wrote and adds its own part. */
export interface TurnContext {
  conversation: Conversation;
  /** The customer's text as it may travel on: anonymized by the input guardrail where the policy says so. */
  userText: string;
  /** Id of the customer's message, fixed early so guardrail events can point at it. */
  userMessageId: string;
  /** What is stored for the customer's message; differs from `userText` when a guardrail blocked it. */
  storedUserText?: string;
  /** performance.now() when the server received the message. */
  receivedAt: number;
  emit: TurnEventSink;
  userMessage?: StoredMessage;
  assistantMessageId: string;
  history: StoredMessage[];
  language: string;
  sources: SearchResult[];
  answer?: GeneratedAnswer;
  /** The model's own answer, before any handoff notice was added (the agent's suggested reply). */
  modelAnswer?: string;
  citations: Citation[];
  /** Tools that ran this turn; an answer built on one is not a "no answer". */
  toolsUsed: string[];
  /** Orders the order tool disclosed to their verified owner this turn. */
  verifiedOrders: Array<Omit<Order, "email">>;
  /** What the output guardrail did to the streamed answer, when it acted. */
  outputGuardrail?: { action: "ANONYMIZED" | "BLOCKED"; findings: Finding[]; blockedMessage?: string };
  /** A guardrail blocked the customer's message or the answer. */
  guardrailBlocked?: "INPUT" | "OUTPUT";
  /** What the input guardrail found in the customer's message, whatever it did about it. */
  inputFindings?: Finding[];
  /** The response cache's part in the turn: why it stood aside, or where it looked and what it found. */
  responseCache?: ResponseCacheTurn;
  /** The fields read from the customer's latest attachment (a receipt, an invoice), for the answer's prompt. */
  attachment?: { filename: string; fields: Record<string, unknown> };
  /** Step 5's reading of the message: route (answer tier), order need, intent, topic, sentiment. */
  classification?: Classification;
  /** Reasons found before answering; the assistant then does not answer and step 9 hands over. */
  pendingEscalation?: EscalationReason[];
  /** Why the conversation went to a person and its place in the queue, once handed over. */
  escalation?: { reasons: EscalationReason[]; position: number };
  /** The message went to the person holding the conversation; the assistant stays silent. */
  deliveredToAgent?: boolean;
  assistantMessage?: StoredMessage;
  /** Why the turn could not answer (shown to the customer localized; `cause` is for logs). */
  failure?: { code: string; message: string; retryable: boolean; cause?: string };
  /** Set by a step that ends the turn early (an error, later a guardrail block or a handoff). */
  finished?: boolean;
}

export type TurnStep = (context: TurnContext) => Promise<void>;

/** Whether the assistant still has to answer: no fixed reply yet, no handoff decided, no person on it. */
export function needsAnswer(context: TurnContext): boolean {
  return !context.answer && !context.pendingEscalation && !context.deliveredToAgent;
}
