import { describe, expect, it } from "vitest";
import { ModelError } from "../models/model-port.ts";
import { defaultRetryPolicy, isThrottling, retryDelaySeconds } from "./retry-policy.ts";

describe("retry policy", () => {
  it("waits 1 s, 4 s, 16 s before the second, third and fourth attempts, then keeps the last delay", () => {
    expect([2, 3, 4, 5].map((attempt) => retryDelaySeconds(defaultRetryPolicy, attempt))).toEqual([1, 4, 16, 16]);
    expect(retryDelaySeconds({ ...defaultRetryPolicy, delaysSeconds: [] }, 2)).toBe(0);
  });

  it("treats only Bedrock throttling as throttling", () => {
    expect(isThrottling(new ModelError("slow down", "ThrottlingException", true))).toBe(true);
    expect(isThrottling(new ModelError("no quota left for background work", "QuotaExceeded", true))).toBe(true);
    expect(isThrottling(new ModelError("every slot busy", "Overloaded", true))).toBe(true);
    expect(isThrottling(new ModelError("not ready", "ModelNotReadyException", true))).toBe(false);
    expect(isThrottling(new Error("ThrottlingException"))).toBe(false);
  });
});
