import { ApplyGuardrailCommand, type BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { findingsFromAssessments, type BedrockAssessment } from "./bedrock-assessment.ts";
import type { GuardrailAction, GuardrailCheckOptions, GuardrailResult } from "./types.ts";

export interface BedrockGuardrailSettings {
  guardrailId: string;
  guardrailVersion: string;
}

/**
 * Checks text with Amazon Bedrock Guardrails (ApplyGuardrail) and maps its assessments to the
 * local engine's findings, so the rest of Switchboard cannot tell the two apart. Bedrock reports
 * matched text rather than offsets; findings it does not echo (blocked values) have empty spans.
 */
export function createBedrockGuardrailChecker(client: BedrockRuntimeClient, settings: BedrockGuardrailSettings) {
  return {
    async check(text: string, options: GuardrailCheckOptions): Promise<GuardrailResult> {
      const response = await client.send(
        new ApplyGuardrailCommand({
          guardrailIdentifier: settings.guardrailId,
          guardrailVersion: settings.guardrailVersion,
          source: options.source,
          content: [{ text: { text } }],
        }),
      );
      // The SDK's assessment types are the same wire shape, with every field optional.
      const findings = findingsFromAssessments((response.assessments ?? []) as unknown as BedrockAssessment[], text);
      if (response.action !== "GUARDRAIL_INTERVENED") return { action: "NONE", output: text, findings };
      const output = (response.outputs ?? []).map((part) => part.text ?? "").join("");
      // An intervention without a blocking finding is an anonymization only when one says so.
      const action: GuardrailAction =
        findings.some((finding) => finding.action === "BLOCKED") || !findings.some((finding) => finding.action === "ANONYMIZED") ? "BLOCKED" : "ANONYMIZED";
      return action === "BLOCKED" ? { action, output, findings, blockedMessage: output } : { action, output, findings };
    },
  };
}
