import { describe, expect, it } from "vitest";
import { embedText } from "../../bedrock-local/local-embedder.ts";
import type { Embedder } from "../../models/model-port.ts";
import { createMemoryCacheStore } from "../../storage/cache/memory-cache-store.ts";
import { createResponseCache, type ResponseCacheOptions } from "./response-cache.ts";

// The local endpoint's deterministic embedder, called in-process.
const embedder: Embedder = { model: "local", dimensions: 256, embed: async (texts) => texts.map((text) => embedText(text, 256)) };
const scope = { language: "en", knowledgeBaseVersion: 7, regions: ["global"] };
const answer = { text: "Gift cards are valid for 3 years [1].", citations: [], model: "haiku" };

function cache(options: Partial<ResponseCacheOptions> = {}) {
  return createResponseCache(createMemoryCacheStore({ maxEntries: 1000, maxChars: 10_000_000 }), embedder, { ttlMs: 60_000, similarity: 0.92, maxCandidates: 100, ...options });
}

describe("response cache", () => {
  it("finds an answer by the normalized question", async () => {
    const responses = cache();
    await responses.remember("How long are gift cards valid?", scope, answer);
    const found = await responses.lookup("how long are GIFT cards valid", scope);
    expect(found).toEqual({ hit: "exact", answer, similarity: 1 });
  });

  it("keeps languages, knowledge base versions and regions apart", async () => {
    const responses = cache({ similarity: undefined });
    await responses.remember("How long are gift cards valid?", scope, answer);
    for (const other of [{ ...scope, language: "es" }, { ...scope, knowledgeBaseVersion: 8 }, { ...scope, regions: ["de", "eu", "global"] }]) {
      expect((await responses.lookup("How long are gift cards valid?", other)).hit).toBeUndefined();
    }
  });

  it("finds a paraphrase above the threshold and not a different question", async () => {
    const responses = cache();
    await responses.remember("How long are gift cards valid?", scope, answer);
    const paraphrase = await responses.lookup("For how long are gift cards valid?", scope);
    expect(paraphrase.hit).toBe("semantic");
    expect(paraphrase.hit && paraphrase.similarity).toBeGreaterThan(0.92);
    const different = await responses.lookup("How many gift cards can I combine in one order?", scope);
    expect(different.hit).toBeUndefined();
    expect(different.hit === undefined && different.vector).toHaveLength(256);
  });

  it("looks up exact questions only when semantic lookups are off", async () => {
    const responses = cache({ similarity: undefined });
    await responses.remember("How long are gift cards valid?", scope, answer);
    expect((await responses.lookup("For how long are gift cards valid?", scope)).hit).toBeUndefined();
  });

  it("compares only the most recent questions of a scope", async () => {
    const responses = cache({ maxCandidates: 2 });
    await responses.remember("How long are gift cards valid?", scope, answer);
    await responses.remember("Can I replace a lost gift card?", scope, answer);
    await responses.remember("How many gift cards can I combine in one order?", scope, answer);
    expect((await responses.lookup("For how long are gift cards valid?", scope)).hit).toBeUndefined();
    expect((await responses.lookup("Can I replace a lost gift card??", scope)).hit).toBe("exact");
    expect((await responses.lookup("Can I replace a gift card that I lost?", scope)).hit).toBe("semantic");
  });
});
