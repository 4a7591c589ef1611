import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEscalationDialogues } from "../escalation/escalation-dialogue.ts";
import { defaultEscalationPolicy } from "../escalation/escalation-policy.ts";
import { evaluateEscalation, type EscalationEvaluation } from "../escalation/evaluate-escalation.ts";
import { formatEscalationEvaluation } from "../escalation/format-escalation-evaluation.ts";
import { createGuardrailEngine, defaultGuardrailPolicy, evaluateGuardrails, parseGuardrailCases, type GuardrailEvaluation } from "../guardrails/index.ts";
import { compareLanguageDetectors, type DetectorScore } from "../i18n/compare-language-detectors.ts";
import { detectLanguage } from "../i18n/detect-language.ts";
import { parseLabelledMessages } from "../i18n/labelled-message.ts";
import { supportedLanguages } from "../i18n/language.ts";

export { evaluateRoutingSuite, formatRoutingSuite, type RoutingSuiteResult } from "./routing-suite.ts";

const evalDir = path.resolve(import.meta.dirname, "../../eval");
const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, "utf8"));
const percent = (share: number | undefined) => (share === undefined ? "n/a" : `${(share * 100).toFixed(1)}%`);

/** Precision and recall of the default guardrail policy per category on the labelled cases. */
export async function evaluateGuardrailSuite(file = path.join(evalDir, "guardrails/cases.json")): Promise<GuardrailEvaluation> {
  return evaluateGuardrails(createGuardrailEngine(defaultGuardrailPolicy), parseGuardrailCases(await readJson(file)));
}

export function formatGuardrailSuite(evaluation: GuardrailEvaluation): string {
  const { overall } = evaluation;
  return [
    `Guardrail cases:          ${overall.cases}`,
    `  accuracy:               ${percent(overall.accuracy)} (action right: ${percent(overall.actionAccuracy)}, look-alikes passed: ${percent(overall.lookAlikePassRate)})`,
    "  per category:           precision / recall",
    ...Object.entries(evaluation.perCategory).map(
      ([category, score]) => `    ${category.padEnd(22)} ${percent(score.precision)} / ${percent(score.recall)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`,
    ),
    ...evaluation.failures.map((failure) => `✗ ${failure.id}: expected ${failure.expected.action} ${failure.expected.categories.join(",")}, got ${failure.actual.action} ${failure.actual.categories.join(",")}`),
  ].join("\n");
}

/** Escalation accuracy and false-escalation rate of the default policy on the labelled dialogues. */
export async function evaluateEscalationSuite(file = path.join(evalDir, "escalation/dialogues.json")): Promise<EscalationEvaluation> {
  return evaluateEscalation(defaultEscalationPolicy, parseEscalationDialogues(await readJson(file)));
}

export const formatEscalationSuite = formatEscalationEvaluation;

/** Accuracy of the language detector Switchboard uses on short labelled customer messages. */
export async function evaluateLanguageSuite(file = path.join(evalDir, "language/messages.json")): Promise<DetectorScore> {
  const [score] = await compareLanguageDetectors(parseLabelledMessages(await readJson(file)), { switchboard: detectLanguage });
  return score;
}

export function formatLanguageSuite(score: DetectorScore): string {
  return [
    `Language identification:  ${score.messages} messages`,
    `  accuracy:               ${percent(score.overall)} (≤5 words: ${percent(score.short)}, ambiguous: ${percent(score.ambiguous)})`,
    `  per language:           ${supportedLanguages.map((language) => `${language} ${percent(score.perLanguage[language])}`).join(", ")}`,
    ...score.misses.map((miss) => `✗ ${miss.id} ${JSON.stringify(miss.text)}: expected ${miss.expected}, got ${miss.detected ?? "none"}`),
  ].join("\n");
}
