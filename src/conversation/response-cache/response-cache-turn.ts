import type { IneligibleReason } from "./response-cache-eligibility.ts";
import type { ResponseCacheScope } from "./response-cache.ts";

/** What the response cache step learned about a turn, for the step that stores its answer. */
export type ResponseCacheTurn =
  | { ineligible: IneligibleReason }
  | { ineligible?: undefined; scope: ResponseCacheScope; hit?: "exact" | "semantic"; vector?: number[] };
