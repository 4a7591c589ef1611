import type { RoutingEvaluation } from "./evaluate-routing.ts";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The evaluation as the text `switchboard eval --suite routing` prints; `title` names the labelled set. */
export function formatRoutingEvaluation(evaluation: RoutingEvaluation, title: string): string {
  const { needsOrder } = evaluation;
  return [
    `Routing (${title}): ${evaluation.messages} messages${evaluation.invalidOutputs ? `, ${evaluation.invalidOutputs} invalid replies` : ""}`,
    `  route accuracy:         ${percent(evaluation.routeAccuracy)}`,
    ...Object.entries(evaluation.perRoute).map(
      ([route, score]) => `    ${route.padEnd(22)} recall ${percent(score.recall)}, precision ${percent(score.precision)} (${score.messages})`,
    ),
    `  needs_order:            accuracy ${percent(needsOrder.accuracy)}, precision ${percent(needsOrder.precision)}, recall ${percent(needsOrder.recall)} (tp ${needsOrder.truePositives}, fp ${needsOrder.falsePositives}, fn ${needsOrder.falseNegatives})`,
    `  per language:           ${Object.entries(evaluation.perLanguage)
      .map(([language, score]) => `${language} route ${percent(score.routeAccuracy)} / order ${percent(score.needsOrderAccuracy)} (${score.messages})`)
      .join(", ")}`,
    ...evaluation.failures.map((failure) => {
      const got = failure.actual ? `${failure.actual.route}${failure.actual.needs_order ? " +order" : ""} (${failure.actual.intent}, ${failure.actual.confidence})` : `invalid: ${failure.error}`;
      return `✗ ${failure.id} expected ${failure.expected.route}${failure.expected.needs_order ? " +order" : ""}, got ${got}\n    ${failure.text}`;
    }),
  ].join("\n");
}
