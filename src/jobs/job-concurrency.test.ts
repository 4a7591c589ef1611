import { describe, expect, it } from "vitest";
import { resolveJobConcurrency } from "./job-concurrency.ts";
import { parseJobConcurrency } from "./job-settings.ts";

describe("job concurrency", () => {
  it("reads a model cap, per-type caps, or both", () => {
    expect(parseJobConcurrency("10")).toEqual({ modelCalls: 10, perType: {} });
    expect(parseJobConcurrency("kb.ingest=4, webhook.deliver=20")).toEqual({ modelCalls: 10, perType: { "kb.ingest": 4, "webhook.deliver": 20 } });
    expect(parseJobConcurrency("8,kb.ingest=4")).toEqual({ modelCalls: 8, perType: { "kb.ingest": 4 } });
    expect(parseJobConcurrency("0")).toMatch(/neither a cap/);
    expect(parseJobConcurrency("kb.ingest=many")).toMatch(/neither a cap/);
  });

  it("caps model-calling types at the model cap unless the type has its own", () => {
    const settings = { modelCalls: 10, perType: { "webhook.deliver": 25 } };
    expect(resolveJobConcurrency({ type: "kb.ingest", concurrency: 2, callsModel: true }, settings)).toBe(10);
    expect(resolveJobConcurrency({ type: "kb.ingest", concurrency: 2, callsModel: true }, { ...settings, perType: { "kb.ingest": 3 } })).toBe(3);
    expect(resolveJobConcurrency({ type: "webhook.deliver", concurrency: 10 }, settings)).toBe(25);
    expect(resolveJobConcurrency({ type: "retention.sweep", concurrency: 1 }, settings)).toBe(1);
  });
});
