import type { IneligibleReason } from "./response-cache-eligibility.ts";

/** The response cache's counters; the composition root backs them with Prometheus. */
export interface ResponseCacheMetrics {
  responseCacheLookup(kind: "exact" | "semantic", result: "hit" | "miss"): void;
  /** A turn that could not use the cache, once per turn, at lookup or when its answer was not stored. */
  responseCacheSkipped(reason: IneligibleReason): void;
  responseCacheStored(): void;
}
