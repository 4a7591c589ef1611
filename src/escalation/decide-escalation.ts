import { decideAfterAnswer } from "./decide-after-answer.ts";
import { decideBeforeAnswer } from "./decide-before-answer.ts";
import type { EscalationDecision, EscalationInput } from "./escalation-types.ts";

export { decideAfterAnswer } from "./decide-after-answer.ts";
export { decideBeforeAnswer } from "./decide-before-answer.ts";

/** Both checks on one turn: whether to hand the conversation to a person, and every reason why. */
export function decideEscalation(input: EscalationInput): EscalationDecision {
  const before = decideBeforeAnswer(input);
  // The sentiment just computed is reused rather than scored twice.
  const after = decideAfterAnswer({ ...input, sentiment: before.sentiment });
  const reasons = [...before.reasons, ...after.reasons];
  return { escalate: reasons.length > 0, reasons, sentiment: before.sentiment };
}
