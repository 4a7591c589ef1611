import { describe, expect, it } from "vitest";
import { createLatencyModel, latencySettingSchema } from "./latency-profile.ts";
import { parseModelId } from "./model-id.ts";
import type { ModelReference } from "./model-id.ts";

function model(id: string): ModelReference {
  const parsed = parseModelId(id);
  if (!parsed) throw new Error(id);
  return parsed;
}

describe("latency profiles", () => {
  it("reads none, realistic and fixed settings", () => {
    expect(latencySettingSchema.parse("none")).toEqual({ kind: "fixed", firstTokenMs: 0, perTokenMs: 0 });
    expect(latencySettingSchema.parse(" realistic ")).toEqual({ kind: "realistic" });
    expect(latencySettingSchema.parse("300/6.5")).toEqual({ kind: "fixed", firstTokenMs: 300, perTokenMs: 6.5 });
    expect(latencySettingSchema.safeParse("fast").success).toBe(false);
  });

  it("gives Haiku-like models ~300 ms and ~150 tok/s, Sonnet-like ~700 ms and ~60 tok/s, with repeatable jitter", () => {
    const latency = createLatencyModel({ kind: "realistic" }, 5);
    const again = createLatencyModel({ kind: "realistic" }, 5);
    for (const id of ["us.anthropic.claude-haiku-4-5-20251001-v1:0", "amazon.nova-micro-v1:0", "amazon.nova-lite-v1:0"]) {
      const timing = latency(model(id));
      expect(timing).toEqual(again(model(id)));
      expect(timing.firstTokenMs).toBeGreaterThanOrEqual(255);
      expect(timing.firstTokenMs).toBeLessThanOrEqual(345);
      expect(1000 / timing.perTokenMs).toBeGreaterThan(134);
      expect(1000 / timing.perTokenMs).toBeLessThan(166);
    }
    for (const id of ["anthropic.claude-sonnet-4-20250514-v1:0", "anthropic.claude-opus-4-1-20250805-v1:0", "amazon.nova-pro-v1:0"]) {
      const timing = latency(model(id));
      expect(timing.firstTokenMs).toBeGreaterThanOrEqual(595);
      expect(timing.firstTokenMs).toBeLessThanOrEqual(805);
      expect(1000 / timing.perTokenMs).toBeGreaterThan(53);
      expect(1000 / timing.perTokenMs).toBeLessThan(67);
    }
  });
});
