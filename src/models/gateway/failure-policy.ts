import { ModelError } from "../model-port.ts";

/** What to do after a failed attempt: try the same target again, move to the next target, or give up. */
export type FailureAction = "retry" | "next-target" | "stop";

// This target cannot serve the call now or at all; another region or model may.
const targetFailures = new Set(["AccessDeniedException", "ResourceNotFoundException", "Overloaded", "QuotaExceeded", "CircuitOpen"]);

/**
 * Transient model failures (throttling, 5xx, not ready, timeouts, resets) are retried; failures of
 * one target move on; anything else — a ValidationException above all — is the request's fault and
 * would fail everywhere.
 */
export function failureAction(error: ModelError): FailureAction {
  if (targetFailures.has(error.code)) return "next-target";
  if (error.retryable) return "retry";
  return "stop";
}

/** Calls turned away before reaching the model: its concurrency, quota or circuit was full or open. */
export function isRejection(error: ModelError): boolean {
  return error.code === "Overloaded" || error.code === "QuotaExceeded" || error.code === "CircuitOpen";
}

/** Errors the circuit breaker counts: the target itself failing, not the request or the caller. */
export function countsAgainstTarget(error: Error): boolean {
  return error instanceof ModelError && failureAction(error) === "retry";
}
