import { describe, expect, it } from "vitest";
import { embedText } from "../bedrock-local/local-embedder.ts";
import { createMemoryCacheStore } from "../storage/cache/memory-cache-store.ts";
import { cacheQueryEmbeddings, embeddingCacheKey } from "./cache-query-embeddings.ts";
import type { Embedder } from "./model-port.ts";

/** The local endpoint's deterministic embedder, counting the texts it is asked to embed. */
function countingEmbedder(model = "titan", dimensions = 256): Embedder & { embedded: string[] } {
  const embedded: string[] = [];
  return { model, dimensions, embedded, embed: async (texts) => (embedded.push(...texts), texts.map((text) => embedText(text, dimensions))) };
}

describe("cacheQueryEmbeddings", () => {
  it("embeds each text once and answers repeats from the cache, in order", async () => {
    const inner = countingEmbedder();
    const lookups: string[] = [];
    const cached = cacheQueryEmbeddings(inner, createMemoryCacheStore({ maxEntries: 100, maxChars: 1_000_000 }), {
      ttlMs: 60_000,
      metrics: { embeddingCacheLookup: (result) => lookups.push(result) },
    });
    const [first] = await cached.embed(["gift card validity"]);
    const [again, other] = await cached.embed(["gift  card validity ", "lost gift card"]);
    expect(inner.embedded).toEqual(["gift card validity", "lost gift card"]);
    expect(again).toHaveLength(256);
    again.forEach((value, index) => expect(value).toBeCloseTo(first[index], 6));
    expect(other).toEqual(embedText("lost gift card", 256));
    expect(lookups).toEqual(["miss", "hit", "miss"]);
  });

  it("keys by model, dimensions and whitespace-normalized text, keeping case and punctuation", () => {
    const key = embeddingCacheKey("titan", 256, "Gift cards?");
    expect(embeddingCacheKey("titan", 256, "  Gift\tcards? ")).toBe(key);
    expect(embeddingCacheKey("titan", 1024, "Gift cards?")).not.toBe(key);
    expect(embeddingCacheKey("cohere", 256, "Gift cards?")).not.toBe(key);
    expect(embeddingCacheKey("titan", 256, "gift cards")).not.toBe(key);
  });
});
