import { describe, expect, it } from "vitest";
import type { Classification } from "./classify.ts";
import { evaluateRouting } from "./evaluate-routing.ts";
import { formatRoutingEvaluation } from "./format-routing-evaluation.ts";
import { parseRoutingMessages } from "./routing-message.ts";

const labelled = parseRoutingMessages([
  { id: "a", lang: "en", text: "where is order 12345", route: "simple", needs_order: true },
  { id: "b", lang: "en", text: "difference between A and B?", route: "complex", needs_order: false },
  { id: "c", lang: "de", text: "ich will einen Menschen", route: "escalate", needs_order: false },
  { id: "d", lang: "de", text: "Versandkosten?", route: "simple", needs_order: false },
]);

// The answers a classifier gave, by message id: two right, one wrong route and order, one invalid reply.
const answers: Record<string, Classification | undefined> = {
  a: { route: "simple", needs_order: true, intent: "order_status", topic: "orders", sentiment: 0, confidence: 0.9 },
  b: { route: "complex", needs_order: false, intent: "other", topic: "general", sentiment: 0, confidence: 0.7 },
  c: { route: "simple", needs_order: true, intent: "other", topic: "general", sentiment: 0, confidence: 0.6 },
  d: undefined,
};

describe("evaluateRouting", () => {
  it("scores routes, needs_order precision and recall, per language, and counts invalid replies as wrong", async () => {
    const evaluation = await evaluateRouting(labelled, async (message) => {
      const classification = answers[message.id];
      return classification ? { ok: true, classification } : { ok: false, error: "not valid JSON", raw: "{" };
    });
    expect(evaluation).toMatchObject({
      messages: 4,
      routeAccuracy: 0.5,
      invalidOutputs: 1,
      needsOrder: { accuracy: 0.5, precision: 0.5, recall: 1, truePositives: 1, falsePositives: 1, falseNegatives: 0 },
      perLanguage: { en: { messages: 2, routeAccuracy: 1, needsOrderAccuracy: 1 }, de: { messages: 2, routeAccuracy: 0, needsOrderAccuracy: 0 } },
    });
    expect(evaluation.perRoute.simple).toEqual({ messages: 2, recall: 0.5, precision: 0.5 });
    expect(evaluation.perRoute.escalate).toEqual({ messages: 1, recall: 0, precision: 0 });
    expect(evaluation.failures.map((failure) => failure.id)).toEqual(["c", "d"]);
    const text = formatRoutingEvaluation(evaluation, "test set");
    expect(text).toContain("Routing (test set): 4 messages, 1 invalid replies");
    expect(text).toContain("✗ d expected simple, got invalid: not valid JSON");
  });

  it("rejects a labelled set with an unknown route", () => {
    expect(() => parseRoutingMessages([{ id: "x", lang: "en", text: "hi", route: "urgent", needs_order: false }])).toThrow();
  });
});
