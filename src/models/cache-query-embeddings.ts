import { createHash } from "node:crypto";
import type { CacheStore } from "../storage/cache/cache-store.ts";
import { decodeVector, encodeVector } from "../storage/cache/encode-vector.ts";
import type { Embedder } from "./model-port.ts";

/** Counts embedding cache lookups; the composition root backs it with Prometheus. */
export interface EmbeddingCacheMetrics {
  embeddingCacheLookup(result: "hit" | "miss"): void;
}

/**
 * The cache key of a text's embedding: model, dimensions and the text with Unicode forms and
 * whitespace normalized (neither changes what a text says; case and punctuation can, so they stay).
 */
export function embeddingCacheKey(model: string, dimensions: number, text: string): string {
  const normalized = text.normalize("NFKC").replace(/\s+/gu, " ").trim();
  return `embedding:${createHash("sha256").update(`${model}\u0000${dimensions}\u0000${normalized}`).digest("base64url")}`;
}

/**
 * The embedder, remembering each text's vector for `ttlMs`. Meant for search queries, which repeat
 * (the same FAQ asked by many customers, a question embedded for retrieval and again for the
 * response cache); ingestion embeds each chunk once and should use the embedder directly.
 */
export function cacheQueryEmbeddings(embedder: Embedder, store: CacheStore, options: { ttlMs: number; metrics?: EmbeddingCacheMetrics }): Embedder {
  return {
    model: embedder.model,
    dimensions: embedder.dimensions,
    async embed(texts) {
      const keys = texts.map((text) => embeddingCacheKey(embedder.model, embedder.dimensions, text));
      const cached = await Promise.all(keys.map((key) => store.get<string>(key)));
      const missing = texts.map((_, index) => index).filter((index) => cached[index] === undefined);
      for (let index = 0; index < texts.length; index++) options.metrics?.embeddingCacheLookup(cached[index] === undefined ? "miss" : "hit");
      const fresh = missing.length ? await embedder.embed(missing.map((index) => texts[index])) : [];
      await Promise.all(missing.map((index, position) => store.set(keys[index], encodeVector(fresh[position]), options.ttlMs)));
      const freshByIndex = new Map(missing.map((index, position) => [index, fresh[position]]));
      return texts.map((_, index) => freshByIndex.get(index) ?? Array.from(decodeVector(cached[index] as string)));
    },
  };
}
