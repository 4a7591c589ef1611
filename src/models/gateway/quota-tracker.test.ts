import { describe, expect, it } from "vitest";
import { createQuotaTracker, reserveQuota } from "./quota-tracker.ts";

describe("createQuotaTracker", () => {
  const quota = { rpm: 10, tpm: 1000 };

  it("sheds background calls at 1 − reserve while interactive calls still fit", () => {
    let now = 0;
    const tracker = createQuotaTracker({ now: () => now });
    for (let call = 0; call < 8; call++) expect(tracker.reserve("m", quota, 50, "background", 0.2).reserved).toBeDefined();
    const shed = tracker.reserve("m", quota, 50, "background", 0.2);
    expect(shed.reserved).toBeUndefined();
    expect(!shed.reserved && shed.retryAfterMs).toBe(60_000);
    expect(tracker.reserve("m", quota, 50, "interactive", 0.2).reserved).toBeDefined();
    expect(tracker.reserve("m", quota, 50, "interactive", 0.2).reserved).toBeDefined();
    expect(tracker.reserve("m", quota, 50, "interactive", 0.2).reserved).toBeUndefined();
    expect(tracker.headroom("m", quota)).toBe(0);
    now = 60_001;
    expect(tracker.headroom("m", quota)).toBe(1);
    expect(tracker.reserve("m", quota, 50, "background", 0.2).reserved).toBeDefined();
  });

  it("counts reserved tokens and settles them to actual usage", () => {
    const tracker = createQuotaTracker({ now: () => 0 });
    const outcome = tracker.reserve("m", quota, 900, "interactive", 0.2);
    expect(tracker.headroom("m", quota)).toBeCloseTo(0.1, 10);
    expect(tracker.reserve("m", quota, 200, "interactive", 0.2).reserved).toBeUndefined();
    outcome.reserved?.settle(100);
    expect(tracker.headroom("m", quota)).toBeCloseTo(0.9, 10);
    expect(tracker.reserve("m", quota, 200, "interactive", 0.2).reserved).toBeDefined();
  });

  it("gives a cancelled reservation back", () => {
    const tracker = createQuotaTracker({ now: () => 0 });
    tracker.reserve("m", quota, 400, "interactive", 0).reserved?.cancel();
    expect(tracker.headroom("m", quota)).toBe(1);
  });

  it("keeps models apart", () => {
    const tracker = createQuotaTracker({ now: () => 0 });
    tracker.reserve("a", quota, 1000, "interactive", 0);
    expect(tracker.headroom("a", quota)).toBe(0);
    expect(tracker.headroom("b", quota)).toBe(1);
  });
});

describe("reserveQuota", () => {
  const quota = { rpm: 1, tpm: 1000 };

  it("lets a background call wait for the window, within its bound", async () => {
    let now = 0;
    const tracker = createQuotaTracker({ now: () => now });
    tracker.reserve("m", quota, 10, "interactive", 0);
    const pauses: number[] = [];
    const sleep = async (ms: number) => {
      pauses.push(ms);
      now += ms;
    };
    const request = { model: "m", quota, tokens: 10, priority: "background" as const, interactiveReserve: 0, waitMs: 90_000 };
    expect(await reserveQuota(tracker, request, sleep)).toBeDefined();
    expect(pauses).toEqual([60_000]);
  });

  it("sheds a background call that would wait too long, and never makes interactive calls wait", async () => {
    const tracker = createQuotaTracker({ now: () => 0 });
    tracker.reserve("m", quota, 10, "interactive", 0);
    const pauses: number[] = [];
    const sleep = async (ms: number) => void pauses.push(ms);
    expect(await reserveQuota(tracker, { model: "m", quota, tokens: 10, priority: "background", interactiveReserve: 0, waitMs: 500 }, sleep)).toBeUndefined();
    expect(pauses).toEqual([500]);
    expect(await reserveQuota(tracker, { model: "m", quota, tokens: 10, priority: "interactive", interactiveReserve: 0, waitMs: 500 }, sleep)).toBeUndefined();
    expect(pauses).toEqual([500]);
  });
});
