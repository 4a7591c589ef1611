import { LRUCache } from "lru-cache";
import type { CacheStore } from "./cache-store.ts";

export interface MemoryCacheOptions {
  /** Most entries kept; the least recently used go first. */
  maxEntries: number;
  /** Most characters of serialized JSON kept across all entries. */
  maxChars: number;
}

/** A bounded in-process cache: least recently used entries are evicted, each expires at its own TTL. */
export function createMemoryCacheStore(options: MemoryCacheOptions): CacheStore {
  const entries = new LRUCache<string, string>({
    max: options.maxEntries,
    maxSize: options.maxChars,
    sizeCalculation: (value) => Math.max(1, value.length),
  });
  return {
    async get<T>(key: string) {
      const json = entries.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as T);
    },
    async set(key, value, ttlMs) {
      entries.set(key, JSON.stringify(value), { ttl: ttlMs });
    },
    async delete(key) {
      entries.delete(key);
    },
    async close() {
      entries.clear();
    },
  };
}
