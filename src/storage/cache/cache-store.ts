/**
 * A key-value cache of JSON values, each with its own time to live. Values are copied in and out
 * (serialized), so a caller never shares an object with the cache, whichever adapter backs it.
 */
export interface CacheStore {
  /** The stored value, or undefined when it is absent or expired. */
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}
