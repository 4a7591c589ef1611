import type { Logger } from "../../observability/logger.ts";
import type { CacheStore } from "./cache-store.ts";

/**
 * The store, with failures turned into misses and skipped writes (logged): a cache is an
 * optimization, and an unreachable Redis must not fail the turn that consulted it.
 */
export function tolerateCacheFailures(store: CacheStore, logger: Logger): CacheStore {
  return {
    async get<T>(key: string) {
      try {
        return await store.get<T>(key);
      } catch (error) {
        logger.warn({ err: error }, "cache read failed; treated as a miss");
        return undefined;
      }
    },
    async set(key, value, ttlMs) {
      await store.set(key, value, ttlMs).catch((error: unknown) => logger.warn({ err: error }, "cache write failed; skipped"));
    },
    async delete(key) {
      await store.delete(key).catch((error: unknown) => logger.warn({ err: error }, "cache delete failed; skipped"));
    },
    close: () => store.close(),
  };
}
