import { describe, expect, it } from "vitest";
import { FaultInjector } from "./fault-injector.ts";
import type { FaultOperation, FaultSpec } from "./fault-spec.ts";
import { parseFaultSpec } from "./fault-spec.ts";
import { parseModelId } from "./model-id.ts";
import type { ModelReference } from "./model-id.ts";

const HAIKU = model("anthropic.claude-3-5-haiku-20241022-v1:0");
const SONNET = model("anthropic.claude-sonnet-4-20250514-v1:0");
const EMBEDDER = model("amazon.titan-embed-text-v2:0");

function model(id: string): ModelReference {
  const parsed = parseModelId(id);
  if (!parsed) throw new Error(id);
  return parsed;
}

function spec(value: unknown): FaultSpec {
  const parsed = parseFaultSpec(value);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

function pattern(injector: FaultInjector, calls: number, target = HAIKU, operation: FaultOperation = "converse"): string {
  return Array.from({ length: calls }, () => (injector.decide({ model: target, operation }).error ? "x" : ".")).join("");
}

describe("FaultInjector", () => {
  it("fails the same calls for the same seed, other calls for another seed, about rate of them", () => {
    const rules = [{ kind: "throttle", rate: 0.3 }];
    const first = pattern(new FaultInjector(spec({ seed: 9, rules })), 400);
    expect(pattern(new FaultInjector(spec({ seed: 9, rules })), 400)).toBe(first);
    expect(pattern(new FaultInjector(spec({ seed: 10, rules })), 400)).not.toBe(first);
    const failed = [...first].filter((call) => call === "x").length;
    expect(failed).toBeGreaterThan(90);
    expect(failed).toBeLessThan(150);
  });

  it("keeps a rule's pattern independent of calls it does not match", () => {
    const rules = [{ model: "*haiku*", kind: "throttle", rate: 0.5 }];
    const alone = pattern(new FaultInjector(spec({ seed: 3, rules })), 50);
    const injector = new FaultInjector(spec({ seed: 3, rules }));
    let interleaved = "";
    for (let call = 0; call < 50; call += 1) {
      injector.decide({ model: SONNET, operation: "converse" });
      interleaved += pattern(injector, 1);
    }
    expect(interleaved).toBe(alone);
  });

  it("affects exactly the next N matching calls with a burst", () => {
    const injector = new FaultInjector(spec({ rules: [{ model: "*haiku*", kind: "model-not-ready", burst: 3 }] }));
    expect(pattern(injector, 2, SONNET)).toBe("..");
    expect(pattern(injector, 6)).toBe("xxx...");
    expect(injector.describe().state).toEqual([{ matched: 3, fired: 3, burstLeft: 0 }]);
  });

  it("maps each exception kind to Bedrock's type and status", () => {
    const kinds = {
      throttle: ["ThrottlingException", 429],
      "model-not-ready": ["ModelNotReadyException", 429],
      "service-unavailable": ["ServiceUnavailableException", 503],
      "internal-error": ["InternalServerException", 500],
      "model-timeout": ["ModelTimeoutException", 408],
      validation: ["ValidationException", 400],
      "access-denied": ["AccessDeniedException", 403],
    };
    for (const [kind, [type, status]] of Object.entries(kinds)) {
      const error = new FaultInjector(spec({ rules: [{ kind }] })).decide({ model: HAIKU, operation: "invoke" }).error;
      expect([error?.type, error?.status]).toEqual([type, status]);
    }
  });

  it("applies stream cuts only to streams and latency only to generating chat calls, without spending their bursts elsewhere", () => {
    const injector = new FaultInjector(
      spec({ rules: [{ kind: "stream-cut", afterEvents: 2, burst: 1 }, { kind: "latency", firstTokenMs: 50, burst: 1 }] }),
    );
    const embedding = injector.decide({ model: EMBEDDER, operation: "invoke" });
    expect(embedding.injected).toEqual([]);
    const plain = injector.decide({ model: HAIKU, operation: "converse" });
    expect(plain).toEqual({ injected: ["latency"], latency: { firstTokenMs: 50 } });
    const streamed = injector.decide({ model: HAIKU, operation: "converse-stream" });
    expect(streamed.injected).toEqual(["stream-cut"]);
    expect(streamed.streamBreak?.afterEvents).toBe(2);
    expect(streamed.streamBreak?.error?.type).toBe("ModelStreamErrorException");
    expect(streamed.streamBreak?.error?.fields).toMatchObject({ originalStatusCode: 500 });
  });

  it("stops at the first exception, leaving later rules untouched", () => {
    const injector = new FaultInjector(spec({ rules: [{ kind: "throttle", burst: 1 }, { kind: "internal-error", burst: 1 }] }));
    expect(injector.decide({ model: HAIKU, operation: "converse" }).error?.type).toBe("ThrottlingException");
    expect(injector.decide({ model: HAIKU, operation: "converse" }).error?.type).toBe("InternalServerException");
    expect(injector.decide({ model: HAIKU, operation: "converse" }).error).toBeUndefined();
  });

  it("rejects rules whose fields do not fit their kind", () => {
    expect(parseFaultSpec({ rules: [{ kind: "latency" }] }).success).toBe(false);
    expect(parseFaultSpec({ rules: [{ kind: "throttle", afterEvents: 2 }] }).success).toBe(false);
    expect(parseFaultSpec({ rules: [{ kind: "throttle", rate: 2 }] }).success).toBe(false);
    expect(parseFaultSpec({ rules: [{ kind: "melt" }] }).success).toBe(false);
    expect(parseFaultSpec({ rules: [{ kind: "stream-cut", operation: "invoke-with-response-stream" }] }).success).toBe(true);
  });
});
