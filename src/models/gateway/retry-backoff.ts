import { ExponentialBackoff, fullJitterGenerator } from "cockatiel";

export interface BackoffSettings {
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Exponential backoff with full jitter: retry n waits a uniform random time in [0, ceiling(n)). */
export function retryBackoff(settings: BackoffSettings): ExponentialBackoff<number> {
  return new ExponentialBackoff({ generator: fullJitterGenerator, initialDelay: settings.baseDelayMs, maxDelay: settings.maxDelayMs });
}

/** The exclusive upper bound of the delay before retry `retry` (1-based). */
export function backoffCeiling(settings: BackoffSettings, retry: number): number {
  return Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (retry - 1));
}
