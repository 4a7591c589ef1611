import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultGuardrailPolicy } from "./default-guardrail-policy.ts";
import { createGuardrailEngine } from "./engine.ts";
import { evaluateGuardrails } from "./evaluate-guardrails.ts";
import { parseGuardrailCases } from "./guardrail-case.ts";
import type { GuardrailCase } from "./guardrail-case.ts";
import type { GuardrailEngine } from "./types.ts";

describe("evaluateGuardrails", () => {
  it("counts true and false positives per category", () => {
    const fake: GuardrailEngine = {
      check: (text) =>
        text === "bad"
          ? { action: "BLOCKED", output: "no", findings: [{ type: "X", category: "WORDS", start: 0, end: 3, score: 1, action: "BLOCKED" }] }
          : { action: "NONE", output: text, findings: [] },
    };
    const cases: GuardrailCase[] = [
      { id: "1", text: "bad", source: "INPUT", lang: "en", expect: { action: "BLOCKED", categories: ["WORDS"] } },
      { id: "2", text: "fine", source: "INPUT", lang: "en", expect: { action: "BLOCKED", categories: ["WORDS"] } },
      { id: "3", text: "fine", source: "INPUT", lang: "de", expect: { action: "NONE", categories: [] } },
    ];
    const evaluation = evaluateGuardrails(fake, cases);
    expect(evaluation.perCategory.WORDS).toEqual({ precision: 1, recall: 0.5, tp: 1, fp: 0, fn: 1 });
    expect(evaluation.overall).toMatchObject({ cases: 3, accuracy: 0.667, lookAlikePassRate: 1 });
    expect(evaluation.failures.map((failure) => failure.id)).toEqual(["2"]);
  });
});

describe("the labelled evaluation set", () => {
  const cases = parseGuardrailCases(JSON.parse(readFileSync(new URL("../../eval/guardrails/cases.json", import.meta.url), "utf8")));

  it("covers every category and language, with at least a third look-alikes", () => {
    expect(cases.length).toBeGreaterThanOrEqual(180);
    expect(new Set(cases.map((labelled) => labelled.lang))).toEqual(new Set(["en", "es", "fr", "de", "zh"]));
    const categories = new Set(cases.flatMap((labelled) => labelled.expect.categories));
    expect(categories).toEqual(new Set(["PII", "PROMPT_ATTACK", "DENIED_TOPIC", "WORDS", "CONTENT", "REGEX"]));
    const lookAlikes = cases.filter((labelled) => labelled.expect.action === "NONE").length;
    expect(lookAlikes / cases.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it("stays above the accuracy the default policy reached when it was built", () => {
    const evaluation = evaluateGuardrails(createGuardrailEngine(defaultGuardrailPolicy), cases);
    expect(evaluation.overall.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.overall.lookAlikePassRate).toBeGreaterThanOrEqual(0.95);
  });
});
