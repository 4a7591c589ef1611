import { describe, expect, it } from "vitest";
import { nextCronTime } from "./schedule-jobs.ts";

describe("nextCronTime", () => {
  it("finds the next slot in UTC, strictly after the given time", () => {
    expect(nextCronTime("30 3 * * *", new Date("2026-11-23T01:00:00Z")).toISOString()).toBe("2026-11-23T03:30:00.000Z");
    expect(nextCronTime("30 3 * * *", new Date("2026-11-23T03:30:00Z")).toISOString()).toBe("2026-11-24T03:30:00.000Z");
    expect(nextCronTime("0 * * * *", new Date("2026-11-23T09:59:59.500Z")).toISOString()).toBe("2026-11-23T10:00:00.000Z");
  });

  it("gives every process the same slot, so their idempotency keys meet", () => {
    const slots = ["2026-11-23T09:00:00.100Z", "2026-11-23T09:00:41.900Z"].map((time) => nextCronTime("* * * * *", new Date(time)).toISOString());
    expect(new Set(slots)).toEqual(new Set(["2026-11-23T09:01:00.000Z"]));
  });

  it("throws for an expression that is not cron", () => {
    expect(() => nextCronTime("every day", new Date())).toThrow();
  });
});
