import { describe, expect, it } from "vitest";
import { candidatePhases } from "./full-text-candidates.ts";

describe("candidatePhases", () => {
  it("goes from all terms to any two to any one", () => {
    expect(candidatePhases(["refund", "jacket", "germani"])).toEqual([
      "'refund' & 'jacket' & 'germani'",
      "('refund' & 'jacket') | ('refund' & 'germani') | ('jacket' & 'germani')",
      "'refund' | 'jacket' | 'germani'",
    ]);
  });

  it("needs no pair phase for two terms and no AND phase for one", () => {
    expect(candidatePhases(["refund", "jacket"])).toEqual(["'refund' & 'jacket'", "'refund' | 'jacket'"]);
    expect(candidatePhases(["refund"])).toEqual(["'refund'"]);
    expect(candidatePhases([])).toEqual([]);
  });

  it("bounds the pairs to the first terms", () => {
    const terms = Array.from({ length: 12 }, (_, index) => `t${index}`);
    expect(candidatePhases(terms)[1].split(" | ")).toHaveLength(21);
  });
});
