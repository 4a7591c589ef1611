import { redactForStorage, type Finding, type GuardrailResult } from "../../guardrails/index.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Queryable } from "../../storage/database.ts";
import { recordGuardrailEvent } from "../guardrail-event-store.ts";
import { setFixedReply } from "../fixed-reply.ts";
import type { TurnStep } from "../turn-context.ts";
import type { TurnGuardrails } from "../turn-guardrails.ts";

/**
 * Step 2: the input guardrail, before anything reaches a model. ANONYMIZE passes the anonymized
 * text on (and stores it); BLOCK answers with the localized refusal and stores the message with
 * the sensitive spans replaced, so the raw value never reaches a table, a log or a model.
 */
export function checkInput(guardrails: TurnGuardrails, db: Queryable, logger: Logger): TurnStep {
  return async (context) => {
    const raw = context.userText;
    const result = await guardrails.input.check(raw, { source: "INPUT", language: context.language });
    if (result.action === "NONE") return;
    await recordGuardrailEvent(db, {
      conversationId: context.conversation.id,
      messageId: context.userMessageId,
      source: "INPUT",
      policy: guardrails.policyName,
      action: result.action,
      findings: result.findings,
    });
    logger.info({ conversationId: context.conversation.id, source: "INPUT", action: result.action, types: actingTypes(result.findings) }, "guardrail intervened");
    if (result.action === "ANONYMIZED") {
      context.userText = result.output;
      return;
    }
    context.userText = storableText(raw, result);
    context.storedUserText = context.userText;
    context.guardrailBlocked = "INPUT";
    setFixedReply(context, result.output);
  };
}

/** Types (never values) of the findings that acted, for logs. */
export function actingTypes(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((finding) => finding.action !== "NONE").map((finding) => finding.type))];
}

/**
 * The blocked message as it may be stored. A checker that cannot say where a sensitive value sits
 * (Bedrock reports no offsets for blocked values) leaves nothing of the text but placeholders.
 */
function storableText(text: string, result: GuardrailResult): string {
  const sensitive = result.findings.filter((finding) => (finding.category === "PII" || finding.category === "REGEX") && finding.action !== "NONE");
  if (sensitive.some((finding) => finding.end <= finding.start)) return sensitive.map((finding) => `{${finding.type}}`).join(" ");
  return redactForStorage(text, result.findings);
}
