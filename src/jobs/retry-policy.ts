import { ModelError } from "../models/model-port.ts";

/** How a job type is retried: the redelivery delay before each further attempt, and how many attempts in all. */
export interface RetryPolicy {
  /** Delay before attempt 2, 3, …; the last entry repeats when there are more attempts than entries. */
  delaysSeconds: number[];
  /** Attempts in all before the job is dead-lettered. */
  maxAttempts: number;
  /**
   * Throttled deliveries do not count as attempts, but a model that throttles forever must not keep
   * a job alive forever: past this many throttled deliveries they count like any other failure.
   */
  maxThrottledDeliveries: number;
}

export const defaultRetryPolicy: RetryPolicy = { delaysSeconds: [1, 4, 16], maxAttempts: 4, maxThrottledDeliveries: 20 };

/** Seconds to wait before delivery `nextAttempt` (2 for the first retry). */
export function retryDelaySeconds(policy: RetryPolicy, nextAttempt: number): number {
  const { delaysSeconds } = policy;
  if (delaysSeconds.length === 0) return 0;
  return delaysSeconds[Math.min(Math.max(0, nextAttempt - 2), delaysSeconds.length - 1)];
}

/** Whether the failure is the model provider asking us to slow down, which retrying later fixes by itself. */
export function isThrottling(error: unknown): boolean {
  return error instanceof ModelError && throttlingCodes.has(error.code);
}

// Bedrock's own throttling, and the gateway turning a job away for want of quota or a free slot:
// all say "later", none says the job is wrong.
const throttlingCodes = new Set(["ThrottlingException", "QuotaExceeded", "Overloaded"]);
