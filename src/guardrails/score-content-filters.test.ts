import { describe, expect, it } from "vitest";
import { scoreContentFilters } from "./score-content-filters.ts";
import type { ContentCategory } from "./content-lexicon.ts";

const all: ContentCategory[] = ["INSULTS", "HATE", "SEXUAL", "VIOLENCE", "MISCONDUCT"];
const scores = (text: string) =>
  Object.fromEntries(scoreContentFilters(text, all).map((detection) => [detection.type, detection.score]));

describe("scoreContentFilters", () => {
  it("scores insults aimed at someone above insults in passing", () => {
    expect(scores("you idiot").INSULTS).toBeGreaterThanOrEqual(0.8);
    expect(scores("eres un inútil").INSULTS).toBeGreaterThanOrEqual(0.6);
    expect(scores("I felt stupid for ordering the wrong size").INSULTS).toBeLessThan(0.6);
  });

  it("scores threats, misconduct, sexual and hateful content in several languages", () => {
    expect(scores("I will kill you").VIOLENCE).toBeGreaterThanOrEqual(0.8);
    expect(scores("te voy a matar").VIOLENCE).toBeGreaterThanOrEqual(0.8);
    expect(scores("How can I hack into my ex's account?").MISCONDUCT).toBeGreaterThanOrEqual(0.8);
    expect(scores("怎么盗取别人的账户？").MISCONDUCT).toBeGreaterThanOrEqual(0.8);
    expect(scores("send nudes").SEXUAL).toBeGreaterThanOrEqual(0.6);
    expect(scores("Ausländer sind Tiere").HATE).toBeGreaterThanOrEqual(0.6);
  });

  it("keeps single ambiguous words below every threshold", () => {
    expect(scores("this bug is killing me").VIOLENCE ?? 0).toBeLessThan(0.4);
    expect(scores("nude lipstick").SEXUAL ?? 0).toBeLessThan(0.4);
    expect(scores("my package was stolen").MISCONDUCT ?? 0).toBeLessThan(0.4);
    expect(scores("我的包裹被偷了怎么办").MISCONDUCT ?? 0).toBeLessThan(0.4);
  });

  it("only scores the requested categories", () => {
    expect(scoreContentFilters("you idiot, I will kill you", ["VIOLENCE"]).map((detection) => detection.type)).toEqual(["VIOLENCE"]);
  });
});
