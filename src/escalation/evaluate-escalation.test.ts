import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { EscalationDialogue } from "./escalation-dialogue.ts";
import { parseEscalationDialogues } from "./escalation-dialogue.ts";
import { defaultEscalationPolicy, parseEscalationPolicy } from "./escalation-policy.ts";
import { evaluateEscalation } from "./evaluate-escalation.ts";
import { formatEscalationEvaluation } from "./format-escalation-evaluation.ts";

function labelledSet(name: string): EscalationDialogue[] {
  return parseEscalationDialogues(JSON.parse(readFileSync(new URL(`../../eval/escalation/${name}`, import.meta.url), "utf8")));
}

const dialogue = (id: string, text: string, escalate: boolean, triggers?: EscalationDialogue["expect"]["triggers"]): EscalationDialogue => ({
  id,
  lang: "en",
  tier: "standard",
  history: [],
  text,
  expect: { escalate, triggers },
});

describe("evaluateEscalation", () => {
  it("scores decisions, triggers and both error rates", () => {
    const result = evaluateEscalation(defaultEscalationPolicy, [
      dialogue("a", "talk to a human please", true, ["human_request"]),
      dialogue("b", "talk to a human please", true, ["legal_threat"]),
      dialogue("c", "where is my order", true, ["human_request"]),
      dialogue("d", "does it have a password manager", false),
      dialogue("e", "I will sue you", false),
    ]);
    expect(result).toMatchObject({
      dialogues: 5,
      shouldEscalate: 3,
      shouldNotEscalate: 2,
      accuracy: 0.6,
      triggerAccuracy: 0.4,
      falseEscalationRate: 0.5,
      missedEscalationRate: 0.333,
    });
    expect(result.perTrigger.human_request).toEqual({ expected: 2, caught: 1, falseFires: 0, alsoFired: 1 });
    expect(result.perTrigger.legal_threat).toEqual({ expected: 1, caught: 0, falseFires: 1, alsoFired: 0 });
    expect(result.failures.map((failure) => [failure.id, failure.why])).toEqual([
      ["b", "wrong trigger"],
      ["c", "missed escalation"],
      ["e", "false escalation"],
    ]);
    expect(formatEscalationEvaluation(result)).toContain("false-escalation rate:  50.0% (1 of 2)");
  });

  it("follows the policy it is given", () => {
    const off = parseEscalationPolicy({ humanRequest: { enabled: false } });
    expect(evaluateEscalation(off, [dialogue("a", "talk to a human please", true)]).accuracy).toBe(0);
  });

  it("rejects a set with duplicate ids or contradictory labels", () => {
    const one = dialogue("a", "x", false);
    expect(() => parseEscalationDialogues([one, one])).toThrow(/duplicate/);
    expect(() => parseEscalationDialogues([{ ...one, expect: { escalate: false, triggers: ["human_request"] } }])).toThrow();
  });
});

describe("the labelled dialogues", () => {
  const dialogues = labelledSet("dialogues.json");

  it("has at least 60 dialogues in all five languages, 40 % or more that must not escalate", () => {
    expect(dialogues.length).toBeGreaterThanOrEqual(60);
    expect(dialogues.filter((d) => !d.expect.escalate).length / dialogues.length).toBeGreaterThanOrEqual(0.4);
    for (const language of ["en", "es", "fr", "de", "zh"]) {
      expect(dialogues.filter((d) => d.lang === language).length).toBeGreaterThanOrEqual(10);
    }
  });

  it("covers every trigger and the look-alikes", () => {
    const labelled = new Set(dialogues.flatMap((d) => d.expect.triggers ?? []));
    expect(labelled.size).toBe(9);
    const calm = dialogues.filter((d) => !d.expect.escalate).map((d) => d.text.toLowerCase());
    for (const lookAlike of ["password manager", "human resources", "not angry", "$25", "premium"]) {
      const found = lookAlike === "premium" ? dialogues.some((d) => !d.expect.escalate && d.tier === "premium") : calm.some((text) => text.includes(lookAlike));
      expect(found, lookAlike).toBe(true);
    }
  });
});

// Guards against regressions; the figures themselves are in eval/escalation/RESULTS.md.
describe.each(["dialogues.json", "holdout.json", "holdout-2.json"])("the default policy on %s", (file) => {
  it("decides well and rarely escalates what it should not", () => {
    const result = evaluateEscalation(defaultEscalationPolicy, labelledSet(file));
    expect(result.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.falseEscalationRate).toBeLessThanOrEqual(0.05);
  });
});
