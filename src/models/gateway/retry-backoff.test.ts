import { describe, expect, it } from "vitest";
import { backoffCeiling, retryBackoff } from "./retry-backoff.ts";

describe("retryBackoff", () => {
  const settings = { baseDelayMs: 100, maxDelayMs: 1000 };

  it("doubles the ceiling per retry up to the maximum", () => {
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffCeiling(settings, retry))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it("draws every delay below its ceiling, spread over the whole range (full jitter)", () => {
    const delays: number[][] = [[], [], [], [], []];
    for (let run = 0; run < 400; run++) {
      let backoff = retryBackoff(settings).next();
      for (let retry = 1; retry <= 5; retry++) {
        delays[retry - 1].push(backoff.duration);
        backoff = backoff.next(undefined);
      }
    }
    delays.forEach((samples, index) => {
      const ceiling = backoffCeiling(settings, index + 1);
      expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...samples)).toBeLessThan(ceiling);
      // Full jitter uses the low end too, unlike equal or no jitter.
      expect(Math.min(...samples)).toBeLessThan(ceiling * 0.1);
      expect(Math.max(...samples)).toBeGreaterThan(ceiling * 0.9);
    });
  });
});
