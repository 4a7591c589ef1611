import type { EscalationPolicy } from "../escalation/escalation-policy.ts";
import type { BeforeAnswerInput, HistoryTurn } from "../escalation/escalation-types.ts";
import type { StoredMessage } from "./conversation-store.ts";
import type { TurnContext } from "./turn-context.ts";

/** The stored messages as the escalation checks read them. */
export function toHistoryTurns(messages: readonly StoredMessage[]): HistoryTurn[] {
  return messages
    .filter((message): message is StoredMessage & { role: HistoryTurn["role"] } => message.role !== "system")
    .map((message) => ({
      role: message.role,
      text: message.text,
      ...(message.noAnswer ? { noAnswer: true } : {}),
      ...(message.sentiment === undefined ? {} : { sentiment: message.sentiment }),
    }));
}

/** What the checks before an answer read of a turn; `sentiment` is a model's judgement when there is one. */
export function beforeAnswerInput(context: TurnContext, policy: EscalationPolicy, sentiment?: number): BeforeAnswerInput {
  return {
    policy,
    text: context.userText,
    language: context.language,
    customerTier: context.conversation.customer.tier,
    history: toHistoryTurns(context.history),
    ...(sentiment === undefined ? {} : { sentiment }),
  };
}
