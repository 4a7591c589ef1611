import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cacheEnvironmentShape, readCacheSettings } from "./cache-settings.ts";

const read = (environment: Record<string, string>) => readCacheSettings(z.object(cacheEnvironmentShape).parse(environment));

describe("cache settings", () => {
  it("defaults to memory caches, a 24 h embedding TTL and a 1 h response cache at similarity 0.92", () => {
    expect(read({})).toEqual({
      redisUrl: undefined,
      keyPrefix: "switchboard:",
      memoryMaxChars: 64 * 1024 * 1024,
      embeddingTtlMs: 86_400_000,
      response: { enabled: true, ttlMs: 3_600_000, similarity: 0.92, maxCandidates: 256 },
    });
  });

  it("reads Redis, TTLs in seconds, a threshold or off", () => {
    const settings = read({ REDIS_URL: " redis://cache:6379/2 ", SWITCHBOARD_RESPONSE_CACHE_TTL: "600", SWITCHBOARD_RESPONSE_CACHE_SIMILARITY: "0.85", SWITCHBOARD_RESPONSE_CACHE: "off" });
    expect(settings.redisUrl).toBe("redis://cache:6379/2");
    expect(settings.response).toMatchObject({ enabled: false, ttlMs: 600_000, similarity: 0.85 });
    expect(read({ SWITCHBOARD_RESPONSE_CACHE_SIMILARITY: "off" }).response.similarity).toBeUndefined();
    expect(read({ REDIS_URL: "" }).redisUrl).toBeUndefined();
  });

  it("refuses other URLs, thresholds outside (0, 1] and TTLs below a second", () => {
    expect(() => read({ REDIS_URL: "http://cache:6379" })).toThrow(/redis:\/\//);
    expect(() => read({ SWITCHBOARD_RESPONSE_CACHE_SIMILARITY: "1.5" })).toThrow();
    expect(() => read({ SWITCHBOARD_RESPONSE_CACHE_SIMILARITY: "0" })).toThrow();
    expect(() => read({ SWITCHBOARD_RESPONSE_CACHE_TTL: "0" })).toThrow();
  });
});
