import type { Customer, MessageRole } from "../conversation/conversation-store.ts";
import type { EscalationPolicy } from "./escalation-policy.ts";

/** Every reason Switchboard hands a conversation to a person, as recorded and counted. */
export const escalationTriggers = [
  "human_request",
  "legal_threat",
  "negative_sentiment",
  "negative_trend",
  "refund_over_threshold",
  "premium_refund_or_cancel",
  "unresolved_turns",
  "low_confidence",
  "guardrail_block",
] as const;

export type EscalationTrigger = (typeof escalationTriggers)[number];

export interface EscalationReason {
  trigger: EscalationTrigger;
  /** One line for the agent and the audit log: what was seen, with the customer's own words. */
  detail: string;
}

export interface EscalationDecision {
  escalate: boolean;
  reasons: EscalationReason[];
  /** The current message's sentiment in -1..1 (the model's when given, else the lexicon's). */
  sentiment: number;
}

/** An earlier message of the conversation, oldest first. */
export interface HistoryTurn {
  role: Exclude<MessageRole, "system">;
  text: string;
  /** On an assistant message: it said it had no answer (no relevant source, or the model declined). */
  noAnswer?: boolean;
  /** On a customer message: its sentiment as judged when it arrived. */
  sentiment?: number;
}

export interface MoneyTotal {
  amount: number;
  currency: string;
}

/** Everything the escalation decision reads about one turn. */
export interface EscalationInput {
  policy: EscalationPolicy;
  /** The customer's current message. */
  text: string;
  /** The conversation's language (a tag such as "de" or "zh-CN"); detected from the text when absent. */
  language?: string | null;
  customerTier: Customer["tier"];
  history: readonly HistoryTurn[];
  /** How the assistant answered this message, once it has. */
  answer?: { noAnswer: boolean };
  guardrailBlocked?: boolean;
  /** The total of the order the turn is about, when the turn looked one up. */
  orderTotal?: MoneyTotal;
  /** A model's judgement of the current message's sentiment in -1..1; the lexicon scores it otherwise. */
  sentiment?: number;
}

/** What can be decided before the assistant answers. */
export type BeforeAnswerInput = Omit<EscalationInput, "answer" | "guardrailBlocked">;

/** What can only be decided once the assistant has answered (or a guardrail has stopped it). */
export type AfterAnswerInput = Pick<EscalationInput, "policy" | "text" | "language" | "history" | "answer" | "guardrailBlocked" | "sentiment">;
