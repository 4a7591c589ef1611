import type { EscalationEvaluation } from "./evaluate-escalation.ts";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The evaluation as the text `switchboard eval` prints. */
export function formatEscalationEvaluation(evaluation: EscalationEvaluation): string {
  const triggerLines = Object.entries(evaluation.perTrigger)
    .filter(([, score]) => score.expected > 0 || score.falseFires > 0 || score.alsoFired > 0)
    .map(
      ([trigger, score]) =>
        `    ${trigger.padEnd(25)} caught ${score.caught}/${score.expected}, false fires ${score.falseFires}, also fired ${score.alsoFired}`,
    );
  const languageLine = Object.entries(evaluation.perLanguage)
    .map(([language, score]) => `${language} ${percent(score.accuracy)} (${score.dialogues})`)
    .join(", ");
  const failureLines = evaluation.failures.map(
    (failure) =>
      `✗ ${failure.id} ${failure.why}: expected ${failure.expected.escalate ? failure.expected.triggers.join(", ") || "escalate" : "no escalation"}, ` +
      `got ${failure.actual.escalate ? failure.actual.triggers.join(", ") : "no escalation"}\n    ${failure.text}` +
      failure.reasons.map((reason) => `\n    · ${reason.trigger}: ${reason.detail}`).join(""),
  );
  const falseCount = Math.round(evaluation.falseEscalationRate * evaluation.shouldNotEscalate);
  const missedCount = Math.round(evaluation.missedEscalationRate * evaluation.shouldEscalate);
  return [
    `Escalation dialogues:     ${evaluation.dialogues} (${evaluation.shouldEscalate} should escalate, ${evaluation.shouldNotEscalate} should not)`,
    `  escalation accuracy:    ${percent(evaluation.accuracy)}`,
    `  false-escalation rate:  ${percent(evaluation.falseEscalationRate)} (${falseCount} of ${evaluation.shouldNotEscalate})`,
    `  missed-escalation rate: ${percent(evaluation.missedEscalationRate)} (${missedCount} of ${evaluation.shouldEscalate})`,
    `  right trigger(s):       ${percent(evaluation.triggerAccuracy)}`,
    "  per trigger:",
    ...triggerLines,
    `  per language: ${languageLine}`,
    ...(failureLines.length > 0 ? ["", ...failureLines] : []),
  ].join("\n");
}
