import { describe, expect, it } from "vitest";
import { conceptsInText, conceptsOfWord, findCjkConcepts, findPhraseConcepts } from "./concept-matcher.ts";

describe("concept matching", () => {
  it("names the same help-desk concept in five languages", () => {
    for (const text of ["refund", "reembolso", "remboursement", "Rückerstattung", "退款"]) {
      expect(conceptsInText(text).has("refund")).toBe(true);
    }
  });

  it("finds concepts inside German compounds", () => {
    expect(conceptsOfWord("versandkosten")).toEqual(expect.arrayContaining(["shipping", "cost"]));
  });

  it("prefers the longest phrase and lets a phrase mean more than its words", () => {
    expect(findPhraseConcepts(["combien", "de", "temps"])).toEqual([{ concept: "duration", start: 0, end: 3 }]);
    const americanExpress = conceptsInText("We accept American Express.");
    expect(americanExpress.has("card")).toBe(true);
    expect(americanExpress.has("express")).toBe(false);
  });

  it("finds non-overlapping Chinese concept spans", () => {
    expect(findCjkConcepts("退货运费多少钱").map((hit) => hit.concept)).toEqual(expect.arrayContaining(["return", "cost"]));
  });

  it("reads prices and times of day", () => {
    expect(conceptsInText("It costs €4.95").has("cost")).toBe(true);
    expect(conceptsInText("Saturday 8:00 am–4:00 pm").has("hours")).toBe(true);
  });
});
