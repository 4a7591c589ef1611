import { isNoAnswer } from "../no-answer.ts";
import { needsAnswer, type TurnContext } from "../turn-context.ts";
import { mentionsReference } from "./mentions-reference.ts";

/** Why a turn may not use the response cache; each is a label of the skip counter. */
export type IneligibleReason =
  | "answered"
  | "history"
  | "guardrail"
  | "order_reference"
  | "attachment"
  | "order"
  | "escalation"
  | "tool"
  | "incomplete"
  | "no_citations"
  | "cached";

/**
 * Whether a cached answer may be looked up for this turn: a first customer message, still to be
 * answered, that no guardrail touched and that names no order or other code (an answer to it
 * may depend on a lookup the cache would skip).
 */
export function whyNotLookUp(context: TurnContext): IneligibleReason | undefined {
  if (context.pendingEscalation || context.deliveredToAgent) return "escalation";
  if (context.inputFindings?.length || context.guardrailBlocked) return "guardrail";
  if (!needsAnswer(context)) return "answered";
  if (context.history.some((message) => message.role === "user" || message.role === "agent")) return "history";
  if (mentionsReference(context.userText)) return "order_reference";
  return undefined;
}

/**
 * Whether this turn's answer may be stored for others: on top of the lookup conditions (as they
 * stood before the answer, in `context.responseCache`), a complete model answer grounded in cited
 * sources, with no tool, no order or attachment involved, no guardrail intervention and no handoff.
 */
export function whyNotStore(context: TurnContext): IneligibleReason | undefined {
  const lookup = context.responseCache;
  if (!lookup) return "answered";
  if (lookup.ineligible) return lookup.ineligible;
  if (lookup.hit) return "cached";
  const answer = context.answer;
  if (!answer || answer.model === null || answer.status !== "complete" || context.failure) return "incomplete";
  if (context.toolsUsed.length || context.verifiedOrders.length) return "tool";
  if (context.classification?.needs_order) return "order";
  if (context.attachment) return "attachment";
  if (context.outputGuardrail || context.guardrailBlocked) return "guardrail";
  if (context.escalation || context.pendingEscalation) return "escalation";
  if (context.citations.length === 0 || isNoAnswer(context)) return "no_citations";
  return undefined;
}
