import type { Route } from "./classify.ts";
import type { ClassifyOutcome } from "./classify-with-model.ts";
import type { RoutingMessage } from "./routing-message.ts";

export interface RoutingFailure {
  id: string;
  lang: string;
  text: string;
  expected: { route: Route; needs_order: boolean };
  /** Undefined when the reply did not validate. */
  actual?: { route: Route; needs_order: boolean; intent: string; confidence: number };
  error?: string;
}

export interface RoutingEvaluation {
  messages: number;
  /** Share with the right route. */
  routeAccuracy: number;
  /** Per labelled route: how many, and the share classified as each route. */
  perRoute: Record<Route, { messages: number; recall: number; precision: number }>;
  needsOrder: { accuracy: number; precision: number; recall: number; truePositives: number; falsePositives: number; falseNegatives: number };
  perLanguage: Record<string, { messages: number; routeAccuracy: number; needsOrderAccuracy: number }>;
  /** Replies that were not valid JSON for the schema (counted as wrong on both labels). */
  invalidOutputs: number;
  failures: RoutingFailure[];
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** Classifies every labelled message (one at a time, in order) and scores the routes and order needs. */
export async function evaluateRouting(
  messages: readonly RoutingMessage[],
  classify: (message: RoutingMessage) => Promise<ClassifyOutcome>,
): Promise<RoutingEvaluation> {
  const routes: Route[] = ["simple", "complex", "escalate"];
  const routeCounts = Object.fromEntries(routes.map((route) => [route, { labelled: 0, predicted: 0, right: 0 }])) as Record<Route, { labelled: number; predicted: number; right: number }>;
  const languages = new Map<string, { messages: number; route: number; order: number }>();
  const failures: RoutingFailure[] = [];
  let routeRight = 0;
  let orderRight = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let invalidOutputs = 0;

  for (const message of messages) {
    const outcome = await classify(message);
    const actual = outcome.ok ? outcome.classification : undefined;
    if (!outcome.ok) invalidOutputs += 1;
    const language = languages.get(message.lang) ?? { messages: 0, route: 0, order: 0 };
    language.messages += 1;
    routeCounts[message.route].labelled += 1;
    if (actual) routeCounts[actual.route].predicted += 1;

    const routeOk = actual?.route === message.route;
    const orderOk = actual?.needs_order === message.needs_order;
    if (routeOk) {
      routeRight += 1;
      language.route += 1;
      routeCounts[message.route].right += 1;
    }
    if (orderOk) {
      orderRight += 1;
      language.order += 1;
    }
    if (actual?.needs_order && message.needs_order) truePositives += 1;
    if (actual?.needs_order && !message.needs_order) falsePositives += 1;
    if (!actual?.needs_order && message.needs_order) falseNegatives += 1;
    languages.set(message.lang, language);

    if (!routeOk || !orderOk) {
      failures.push({
        id: message.id,
        lang: message.lang,
        text: message.text,
        expected: { route: message.route, needs_order: message.needs_order },
        actual: actual && { route: actual.route, needs_order: actual.needs_order, intent: actual.intent, confidence: actual.confidence },
        error: outcome.ok ? undefined : outcome.error,
      });
    }
  }

  return {
    messages: messages.length,
    routeAccuracy: share(routeRight, messages.length),
    perRoute: Object.fromEntries(
      routes.map((route) => {
        const counts = routeCounts[route];
        return [route, { messages: counts.labelled, recall: share(counts.right, counts.labelled), precision: share(counts.right, counts.predicted) }];
      }),
    ) as RoutingEvaluation["perRoute"],
    needsOrder: {
      accuracy: share(orderRight, messages.length),
      precision: share(truePositives, truePositives + falsePositives),
      recall: share(truePositives, truePositives + falseNegatives),
      truePositives,
      falsePositives,
      falseNegatives,
    },
    perLanguage: Object.fromEntries(
      [...languages].map(([language, counts]) => [
        language,
        { messages: counts.messages, routeAccuracy: share(counts.route, counts.messages), needsOrderAccuracy: share(counts.order, counts.messages) },
      ]),
    ),
    invalidOutputs,
    failures,
  };
}
