import { createClient } from "redis";
import type { CacheStore } from "./cache-store.ts";
import type { Logger } from "../../observability/logger.ts";

export interface RedisCacheOptions {
  url: string;
  /** Put before every key, so several deployments (or tests) can share one Redis. */
  keyPrefix: string;
  logger: Logger;
}

const startAttempts = 3;
const maxReconnectDelayMs = 2000;

/** A cache in Redis, shared by every Switchboard process that points at it; TTLs are Redis expirations. */
export async function createRedisCacheStore(options: RedisCacheOptions): Promise<CacheStore> {
  let started = false;
  const client = createClient({
    url: options.url,
    // Commands fail at once while the connection is down instead of queueing behind it: a cache
    // that cannot answer is a miss, not a stalled turn.
    disableOfflineQueue: true,
    socket: {
      // A Redis that cannot be reached at start is a configuration error, reported at once; once
      // running, the client keeps reconnecting and the caches miss meanwhile.
      reconnectStrategy: (retries: number, cause: Error) => (!started && retries >= startAttempts ? cause : Math.min(50 * 2 ** retries, maxReconnectDelayMs)),
    },
  });
  // Without a listener, a dropped connection would crash the process; the client reconnects by itself.
  client.on("error", (error: unknown) => options.logger.warn({ err: error }, "redis cache connection error"));
  try {
    await client.connect();
  } catch (error) {
    // The URL may carry a password; name only where it points.
    const { host } = new URL(options.url);
    throw new Error(`Cannot reach the Redis cache at ${host} (REDIS_URL): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  started = true;
  const prefixed = (key: string) => `${options.keyPrefix}${key}`;
  return {
    async get<T>(key: string) {
      const json = await client.get(prefixed(key));
      return json === null ? undefined : (JSON.parse(json) as T);
    },
    async set(key, value, ttlMs) {
      await client.set(prefixed(key), JSON.stringify(value), { expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) } });
    },
    async delete(key) {
      await client.del(prefixed(key));
    },
    async close() {
      await client.close();
    },
  };
}
