import { describe, expect, it } from "vitest";
import { ModelError } from "../model-port.ts";
import { mapBedrockError } from "../providers/bedrock/map-bedrock-error.ts";
import { failureAction } from "./failure-policy.ts";

const sdkError = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

describe("failureAction", () => {
  it("retries Bedrock's transient exceptions and network resets", () => {
    for (const [name, status] of [
      ["ThrottlingException", 429],
      ["ServiceUnavailableException", 503],
      ["ModelNotReadyException", 429],
      ["InternalServerException", 500],
      ["ModelTimeoutException", 408],
    ] as const) {
      expect(failureAction(mapBedrockError(sdkError(name, status))), name).toBe("retry");
    }
    const reset = mapBedrockError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    expect(reset.code).toBe("ECONNRESET");
    expect(failureAction(reset)).toBe("retry");
  });

  it("never retries a validation error, and gives up on it", () => {
    expect(failureAction(mapBedrockError(sdkError("ValidationException", 400)))).toBe("stop");
  });

  it("moves to the next target on access, missing model and local rejections", () => {
    expect(failureAction(mapBedrockError(sdkError("AccessDeniedException", 403)))).toBe("next-target");
    expect(failureAction(mapBedrockError(sdkError("ResourceNotFoundException", 404)))).toBe("next-target");
    expect(failureAction(new ModelError("full", "Overloaded", true))).toBe("next-target");
    expect(failureAction(new ModelError("quota", "QuotaExceeded", true))).toBe("next-target");
  });
});
