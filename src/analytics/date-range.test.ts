import { describe, expect, it } from "vitest";
import { daysOf, maxRangeDays, parseDateRange } from "./date-range.ts";

const today = new Date("2026-11-23T15:30:00Z");

describe("parseDateRange", () => {
  it("defaults to the last 30 days up to today, inclusive", () => {
    const result = parseDateRange({}, today);
    expect(result).toMatchObject({ range: { from: "2026-10-25", to: "2026-11-23", days: 30 } });
    if ("range" in result) {
      expect(result.range.start.toISOString()).toBe("2026-10-25T00:00:00.000Z");
      expect(result.range.end.toISOString()).toBe("2026-11-24T00:00:00.000Z");
    }
  });

  it("takes an explicit range and a single day", () => {
    expect(parseDateRange({ from: "2026-11-01", to: "2026-11-07" }, today)).toMatchObject({ range: { from: "2026-11-01", to: "2026-11-07", days: 7 } });
    expect(parseDateRange({ from: "2026-11-05", to: "2026-11-05" }, today)).toMatchObject({ range: { days: 1 } });
  });

  it("fills a missing end from the other one", () => {
    expect(parseDateRange({ from: "2026-01-01" }, today)).toMatchObject({ range: { from: "2026-01-01", to: "2026-01-30" } });
    expect(parseDateRange({ to: "2026-03-01" }, today)).toMatchObject({ range: { from: "2026-01-31", to: "2026-03-01" } });
  });

  it("refuses malformed, impossible, reversed and overlong ranges", () => {
    for (const query of [{ from: "yesterday" }, { from: "2026-13-01" }, { to: "2026-02-30" }, { from: "2026-11-02T00:00:00Z" }]) {
      expect(parseDateRange(query, today), JSON.stringify(query)).toHaveProperty("issues");
    }
    expect(parseDateRange({ from: "2026-11-10", to: "2026-11-09" }, today)).toEqual({ issues: ["from must not be after to"] });
    expect(parseDateRange({ from: "2025-01-01", to: "2026-11-01" }, today)).toHaveProperty("issues");
    expect(parseDateRange({ from: "2025-11-23", to: "2026-11-23" }, today)).toMatchObject({ range: { days: maxRangeDays } });
  });
});

describe("daysOf", () => {
  it("lists every day, across a month end", () => {
    const result = parseDateRange({ from: "2026-10-30", to: "2026-11-02" }, today);
    expect("range" in result && daysOf(result.range)).toEqual(["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"]);
  });
});
