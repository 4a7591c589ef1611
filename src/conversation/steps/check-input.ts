import { redactForStorage, type GuardrailResult } from "../../guardrails/index.ts";
import { setFixedReply } from "../fixed-reply.ts";
import { recordIntervention, type InterventionRecording } from "../record-intervention.ts";
import type { TurnStep } from "../turn-context.ts";
import type { TurnGuardrails } from "../turn-guardrails.ts";

/**
 * Step 2: the input guardrail, before anything reaches a model. ANONYMIZE passes the anonymized
 * text on (and stores it); BLOCK answers with the localized refusal and stores the message with
 * the sensitive spans replaced, so the raw value never reaches a table, a log or a model.
 */
export function checkInput(guardrails: TurnGuardrails, recording: InterventionRecording): TurnStep {
  return async (context) => {
    const raw = context.userText;
    const result = await guardrails.input.check(raw, { source: "INPUT", language: context.language });
    if (result.findings.length) context.inputFindings = result.findings;
    if (result.action === "NONE") return;
    await recordIntervention(recording, { conversationId: context.conversation.id, messageId: context.userMessageId, source: "INPUT", action: result.action, findings: result.findings });
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

/**
 * The blocked message as it may be stored. A checker that cannot say where a sensitive value sits
 * (Bedrock reports no offsets for blocked values) leaves nothing of the text but placeholders.
 */
function storableText(text: string, result: GuardrailResult): string {
  const sensitive = result.findings.filter((finding) => (finding.category === "PII" || finding.category === "REGEX") && finding.action !== "NONE");
  if (sensitive.some((finding) => finding.end <= finding.start)) return sensitive.map((finding) => `{${finding.type}}`).join(" ");
  return redactForStorage(text, result.findings);
}
