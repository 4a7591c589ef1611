import { z } from "zod";

export interface CacheSettings {
  /** Caches live in this Redis, shared by every process; in each process's memory when unset. */
  redisUrl?: string;
  /** Put before every Redis key, so deployments sharing one Redis keep apart. */
  keyPrefix: string;
  /** Bound of the in-memory cache, in characters of stored JSON. */
  memoryMaxChars: number;
  embeddingTtlMs: number;
  response: {
    enabled: boolean;
    ttlMs: number;
    /** Least cosine similarity for a semantic hit; semantic lookups are off when undefined. */
    similarity?: number;
    maxCandidates: number;
  };
}

const seconds = z.coerce.number().int().min(1).max(30 * 24 * 3600);

/** The environment variables of the caches (Redis, response cache, embedding cache). */
export const cacheEnvironmentShape = {
  REDIS_URL: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))
    .pipe(z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional()),
  SWITCHBOARD_CACHE_KEY_PREFIX: z.string().min(1).default("switchboard:"),
  SWITCHBOARD_MEMORY_CACHE_MB: z.coerce.number().positive().max(65536).default(64),
  SWITCHBOARD_EMBEDDING_CACHE_TTL: seconds.default(24 * 3600),
  SWITCHBOARD_RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  SWITCHBOARD_RESPONSE_CACHE_TTL: seconds.default(3600),
  SWITCHBOARD_RESPONSE_CACHE_SIMILARITY: z.union([z.literal("off"), z.coerce.number().gt(0).max(1)]).default(0.92),
  SWITCHBOARD_RESPONSE_CACHE_CANDIDATES: z.coerce.number().int().min(1).max(10_000).default(256),
};

type CacheEnvironment = z.output<z.ZodObject<typeof cacheEnvironmentShape>>;

/** The cache settings from the parsed environment. */
export function readCacheSettings(env: CacheEnvironment): CacheSettings {
  const similarity = env.SWITCHBOARD_RESPONSE_CACHE_SIMILARITY;
  return {
    redisUrl: env.REDIS_URL,
    keyPrefix: env.SWITCHBOARD_CACHE_KEY_PREFIX,
    memoryMaxChars: Math.round(env.SWITCHBOARD_MEMORY_CACHE_MB * 1024 * 1024),
    embeddingTtlMs: env.SWITCHBOARD_EMBEDDING_CACHE_TTL * 1000,
    response: {
      enabled: env.SWITCHBOARD_RESPONSE_CACHE === "on",
      ttlMs: env.SWITCHBOARD_RESPONSE_CACHE_TTL * 1000,
      similarity: similarity === "off" ? undefined : similarity,
      maxCandidates: env.SWITCHBOARD_RESPONSE_CACHE_CANDIDATES,
    },
  };
}
