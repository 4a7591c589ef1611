import type { Logger } from "../../observability/logger.ts";
import type { Queryable } from "../../storage/database.ts";
import { recordGuardrailEvent } from "../guardrail-event-store.ts";
import type { TurnStep } from "../turn-context.ts";
import type { TurnGuardrails } from "../turn-guardrails.ts";
import { actingTypes } from "./check-input.ts";

/**
 * Step 8's bookkeeping: the stream was guarded while it was generated; here the intervention is
 * recorded and a blocked answer is replaced by the localized refusal (the text already shown was
 * checked; the final `done` text replaces it in clients).
 */
export function checkOutput(guardrails: TurnGuardrails, db: Queryable, logger: Logger): TurnStep {
  return async (context) => {
    const intervention = context.outputGuardrail;
    if (!intervention || !context.answer) return;
    await recordGuardrailEvent(db, {
      conversationId: context.conversation.id,
      messageId: context.assistantMessageId,
      source: "OUTPUT",
      policy: guardrails.policyName,
      action: intervention.action,
      findings: intervention.findings,
    });
    logger.info({ conversationId: context.conversation.id, source: "OUTPUT", action: intervention.action, types: actingTypes(intervention.findings) }, "guardrail intervened");
    if (intervention.action !== "BLOCKED") return;
    const refusal = intervention.blockedMessage ?? "";
    context.guardrailBlocked = "OUTPUT";
    context.modelAnswer = undefined;
    context.answer = { ...context.answer, text: refusal, unstreamed: context.answer.text ? `\n\n${refusal}` : refusal };
  };
}
