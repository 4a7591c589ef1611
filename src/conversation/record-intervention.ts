import type { Finding, GuardrailAction, GuardrailSource } from "../guardrails/index.ts";
import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import { recordGuardrailEvent } from "./guardrail-event-store.ts";
import type { TurnMetrics } from "./turn-metrics.ts";

export interface InterventionRecording {
  db: Queryable;
  logger: Logger;
  metrics: TurnMetrics;
  policyName: string;
}

/** Types (never values) of the findings that acted, for logs. */
export function actingTypes(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((finding) => finding.action !== "NONE").map((finding) => finding.type))];
}

/** Stores, logs and counts one guardrail intervention: what kind of thing acted, never the text. */
export async function recordIntervention(
  recording: InterventionRecording,
  event: { conversationId: string; messageId: string; source: GuardrailSource; action: Exclude<GuardrailAction, "NONE">; findings: readonly Finding[] },
): Promise<void> {
  await recordGuardrailEvent(recording.db, { ...event, policy: recording.policyName });
  recording.logger.info({ conversationId: event.conversationId, source: event.source, action: event.action, types: actingTypes(event.findings) }, "guardrail intervened");
  const categories = new Set(event.findings.filter((finding) => finding.action !== "NONE").map((finding) => finding.category));
  for (const category of categories) recording.metrics.guardrailIntervention({ source: event.source, category, action: event.action });
}
