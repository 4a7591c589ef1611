import { describe, expect, it } from "vitest";
import { deriveSeed, seededRandom } from "./seeded-random.ts";

describe("seededRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const first = Array.from({ length: 5 }, seededRandom(42));
    const again = Array.from({ length: 5 }, seededRandom(42));
    const other = Array.from({ length: 5 }, seededRandom(43));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const next = seededRandom(7);
    const values = Array.from({ length: 10_000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const belowHalf = values.filter((value) => value < 0.5).length;
    expect(belowHalf).toBeGreaterThan(4800);
    expect(belowHalf).toBeLessThan(5200);
  });

  it("derives distinct seeds per label", () => {
    expect(deriveSeed(1, "rule-0")).not.toBe(deriveSeed(1, "rule-1"));
    expect(deriveSeed(1, "rule-0")).toBe(deriveSeed(1, "rule-0"));
  });
});
