import type { TurnContext } from "./turn-context.ts";

/**
 * The model answered without citing the knowledge base and without a tool: it had nothing to go
 * on (the offline answerer says "I don't have that information"; a model declines). Counted by
 * the low-confidence escalation trigger.
 */
export function isNoAnswer(context: TurnContext): boolean {
  const answer = context.answer;
  if (!answer || answer.model === null || answer.status !== "complete" || context.guardrailBlocked) return false;
  return context.citations.length === 0 && context.toolsUsed.length === 0;
}
