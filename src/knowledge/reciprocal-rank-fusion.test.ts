import { describe, expect, it } from "vitest";
import { reciprocalRankFusion } from "./reciprocal-rank-fusion.ts";

describe("reciprocalRankFusion", () => {
  it("rewards items ranked well by both lists over items ranked first by one", () => {
    const fused = reciprocalRankFusion([{ ids: ["a", "b", "c"] }, { ids: ["b", "d", "a"] }]);
    expect(fused.map((item) => item.id)).toEqual(["b", "a", "d", "c"]);
  });

  it("computes 1/(k+rank) sums", () => {
    const fused = reciprocalRankFusion([{ ids: ["x"] }, { ids: ["y", "x"] }], 60);
    expect(fused[0]).toEqual({ id: "x", score: 1 / 61 + 1 / 62 });
    expect(fused[1]).toEqual({ id: "y", score: 1 / 61 });
  });

  it("applies list weights", () => {
    const fused = reciprocalRankFusion([{ ids: ["a"], weight: 1 }, { ids: ["b"], weight: 2 }]);
    expect(fused[0].id).toBe("b");
  });

  it("handles empty input", () => {
    expect(reciprocalRankFusion([])).toEqual([]);
    expect(reciprocalRankFusion([{ ids: [] }])).toEqual([]);
  });
});
