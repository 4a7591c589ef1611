import { countUnansweredTurns } from "./count-unanswered-turns.ts";
import { countUnresolvedTurns } from "./count-unresolved-turns.ts";
import type { AfterAnswerInput, EscalationDecision, EscalationReason } from "./escalation-types.ts";
import { resolveEscalationLanguage } from "./resolve-escalation-language.ts";
import { scoreSentiment } from "./score-sentiment.ts";

/**
 * The checks that need the turn's outcome: answers in a row without an answer, too many
 * customer messages without resolution, a guardrail block. Pure and deterministic.
 */
export function decideAfterAnswer(input: AfterAnswerInput): EscalationDecision {
  const { policy, text, history } = input;
  const language = resolveEscalationLanguage(input.language, text);
  const reasons: EscalationReason[] = [];

  if (policy.lowConfidence.enabled) {
    const unanswered = countUnansweredTurns(history, input.answer);
    if (unanswered >= policy.lowConfidence.consecutiveNoAnswer) {
      reasons.push({ trigger: "low_confidence", detail: `${unanswered} answer${unanswered === 1 ? "" : "s"} in a row without an answer from the knowledge base` });
    }
  }
  if (policy.unresolvedTurns.enabled) {
    const unresolved = countUnresolvedTurns(history, text, language, policy.unresolvedTurns.maxTurns);
    if (unresolved >= policy.unresolvedTurns.maxTurns) {
      reasons.push({ trigger: "unresolved_turns", detail: `${unresolved} customer messages without resolution (limit ${policy.unresolvedTurns.maxTurns})` });
    }
  }
  if (policy.guardrailBlock.enabled && input.guardrailBlocked === true) {
    reasons.push({ trigger: "guardrail_block", detail: "a guardrail blocked the message or the answer" });
  }

  return { escalate: reasons.length > 0, reasons, sentiment: input.sentiment ?? scoreSentiment(text, language).score };
}
