import { recordIntervention, type InterventionRecording } from "../record-intervention.ts";
import type { TurnStep } from "../turn-context.ts";

/**
 * Step 8's bookkeeping: the stream was guarded while it was generated; here the intervention is
 * recorded and a blocked answer is replaced by the localized refusal (the text already shown was
 * checked; the final `done` text replaces it in clients).
 */
export function checkOutput(recording: InterventionRecording): TurnStep {
  return async (context) => {
    const intervention = context.outputGuardrail;
    if (!intervention || !context.answer) return;
    await recordIntervention(recording, {
      conversationId: context.conversation.id,
      messageId: context.assistantMessageId,
      source: "OUTPUT",
      action: intervention.action,
      findings: intervention.findings,
    });
    if (intervention.action !== "BLOCKED") return;
    const refusal = intervention.blockedMessage ?? "";
    context.guardrailBlocked = "OUTPUT";
    context.modelAnswer = undefined;
    context.answer = { ...context.answer, text: refusal, unstreamed: context.answer.text ? `\n\n${refusal}` : refusal };
  };
}
