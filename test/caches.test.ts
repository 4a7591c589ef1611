import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import type { TurnEvent } from "../src/conversation/turn-events.ts";
import type { CacheStore } from "../src/storage/cache/cache-store.ts";
import { createMemoryCacheStore } from "../src/storage/cache/memory-cache-store.ts";
import { createRedisCacheStore } from "../src/storage/cache/redis-cache-store.ts";
import { tolerateCacheFailures } from "../src/storage/cache/tolerate-cache-failures.ts";
import { replaceDocumentChunks } from "../src/knowledge/chunk-store.ts";
import { deleteDocument, recordDocumentSubmission } from "../src/knowledge/document-store.ts";
import { readKnowledgeBaseVersion } from "../src/knowledge/knowledge-base-version.ts";
import { createLogger } from "../src/observability/logger.ts";
import { migrate } from "../src/storage/migrate.ts";
import { testDocuments } from "./helpers/test-documents.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { ingestDocuments, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

const redisUrl = "redis://127.0.0.1:6379";
const logger = createLogger("silent");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Deletes every key under a prefix, so a test leaves the shared Redis as it found it. */
async function deleteRedisKeys(prefix: string): Promise<void> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) if (keys.length) await client.del(keys);
  await client.close();
}

const adapters: Array<{ name: string; open: (prefix: string) => Promise<CacheStore> }> = [
  { name: "memory", open: async () => createMemoryCacheStore({ maxEntries: 1000, maxChars: 1_000_000 }) },
  { name: "redis", open: (prefix) => createRedisCacheStore({ url: redisUrl, keyPrefix: prefix, logger }) },
];

describe.each(adapters)("cache store contract: $name", ({ name, open }) => {
  const prefix = `switchboard-test:${randomUUID()}:`;
  let store: CacheStore;
  beforeAll(async () => {
    store = await open(prefix);
  });
  afterAll(async () => {
    await store.close();
    if (name === "redis") await deleteRedisKeys(prefix);
  });

  it("round-trips JSON values and copies them in and out", async () => {
    const value = { text: "Returns are free", citations: [{ index: 1, score: 0.5 }], nested: { list: [1, "two", null] } };
    await store.set("answer", value, 60_000);
    const read = await store.get<typeof value>("answer");
    expect(read).toEqual(value);
    expect(read).not.toBe(value);
    value.text = "changed after storing";
    expect((await store.get<typeof value>("answer"))?.text).toBe("Returns are free");
    expect(await store.get("absent")).toBeUndefined();
  });

  it("expires each entry at its own TTL", async () => {
    await store.set("short", "gone soon", 80);
    await store.set("long", "still here", 60_000);
    expect(await store.get("short")).toBe("gone soon");
    await sleep(200);
    expect(await store.get("short")).toBeUndefined();
    expect(await store.get("long")).toBe("still here");
  });

  it("deletes an entry", async () => {
    await store.set("doomed", 1, 60_000);
    await store.delete("doomed");
    expect(await store.get("doomed")).toBeUndefined();
  });

  it("keeps stores with different prefixes apart", async () => {
    const other = await open(`switchboard-test:${randomUUID()}:`);
    try {
      await store.set("shared-name", "mine", 60_000);
      expect(await other.get("shared-name")).toBeUndefined();
      await other.set("shared-name", "theirs", 60_000);
      expect(await store.get("shared-name")).toBe("mine");
    } finally {
      await other.close();
    }
  });
});

describe("redis cache store failures", () => {
  it("names an unreachable Redis at start, without the URL's password", async () => {
    await expect(createRedisCacheStore({ url: "redis://user:secret@127.0.0.1:1", keyPrefix: "x:", logger })).rejects.toThrow(/^Cannot reach the Redis cache at 127\.0\.0\.1:1 \(REDIS_URL\)(?!.*secret)/);
  });

  it("turns a lost connection into misses and skipped writes", async () => {
    const prefix = `switchboard-test:${randomUUID()}:`;
    const redis = await createRedisCacheStore({ url: redisUrl, keyPrefix: prefix, logger });
    const store = tolerateCacheFailures(redis, logger);
    await store.set("kept", "value", 60_000);
    expect(await store.get("kept")).toBe("value");
    await redis.close();
    expect(await store.get("kept")).toBeUndefined();
    await expect(store.set("kept", "other", 60_000)).resolves.toBeUndefined();
    await deleteRedisKeys(prefix);
  });
});

describe("knowledge base version on PostgreSQL", () => {
  it("moves with every document swap and deletion, visible only once the swap commits", async () => {
    const postgres = await createPostgresTestDatabase();
    try {
      const { db } = postgres;
      await migrate(db, { requireVectors: false });
      const initial = await readKnowledgeBaseVersion(db);
      const { document } = await recordDocumentSubmission(db, { externalId: "gift-cards", title: "Gift cards", source: "upload", blobKey: "b", contentHash: "h1" });
      expect(await readKnowledgeBaseVersion(db)).toBe(initial);

      const indexed = { documentId: document.id, contentHash: "h1", title: "Gift cards", lang: "en", category: null, region: null, metadata: {} };
      const parents = [{ text: "Gift cards are valid for 3 years.", tokenCount: 8, children: [{ text: "Gift cards are valid for 3 years.", tokenCount: 8 }] }];
      await replaceDocumentChunks(db, { ...indexed, parents }, { vectors: false });
      const afterIngest = await readKnowledgeBaseVersion(db);
      expect(afterIngest).toBeGreaterThan(initial);

      // Another connection reads the old version until the swap's transaction commits.
      let seenInside = 0;
      await db.transaction(async (tx) => {
        await tx.query("DELETE FROM chunks WHERE document_id = $1", [document.id]);
        seenInside = await readKnowledgeBaseVersion(db);
      });
      expect(seenInside).toBe(afterIngest);
      const afterSwap = await readKnowledgeBaseVersion(db);
      expect(afterSwap).toBeGreaterThan(afterIngest);

      await replaceDocumentChunks(db, { ...indexed, parents }, { vectors: false });
      const beforeDelete = await readKnowledgeBaseVersion(db);
      await deleteDocument(db, document.id);
      expect(await readKnowledgeBaseVersion(db)).toBeGreaterThan(beforeDelete);
    } finally {
      await postgres.drop();
    }
  });
});

describe("memory cache store bounds", () => {
  it("evicts the least recently used entries beyond its size", async () => {
    const store = createMemoryCacheStore({ maxEntries: 2, maxChars: 1_000_000 });
    await store.set("a", 1, 60_000);
    await store.set("b", 2, 60_000);
    await store.get("a");
    await store.set("c", 3, 60_000);
    expect(await store.get("a")).toBe(1);
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("c")).toBe(3);
  });

  it("evicts by stored characters", async () => {
    const store = createMemoryCacheStore({ maxEntries: 100, maxChars: 30 });
    await store.set("first", "x".repeat(20), 60_000);
    await store.set("second", "y".repeat(20), 60_000);
    expect(await store.get("first")).toBeUndefined();
    expect(await store.get("second")).toBe("y".repeat(20));
  });
});

/** One turn through the service, collecting its events. */
async function ask(switchboard: Switchboard, text: string, options: { conversationId?: string; country?: string; email?: string } = {}) {
  const conversationId = options.conversationId ?? (await switchboard.conversations.start({ customer: { tier: "standard", country: options.country, email: options.email } })).id;
  const events: TurnEvent[] = [];
  const requestsBefore = bedrockRequests(switchboard);
  const chatCallsBefore = chatCalls(switchboard);
  await switchboard.conversations.reply(conversationId, text, (event) => events.push(event));
  const done = events.find((event): event is Extract<TurnEvent, { type: "done" }> => event.type === "done");
  const stored = await switchboard.db.query<{ response_cache: string | null; model: string | null }>(
    "SELECT response_cache, model FROM messages WHERE conversation_id = $1 AND role = 'assistant' ORDER BY created_at DESC LIMIT 1",
    [conversationId],
  );
  return { conversationId, events, done, stored: stored.rows[0], bedrockRequests: bedrockRequests(switchboard) - requestsBefore, chatCalls: chatCalls(switchboard) - chatCallsBefore };
}

const bedrockRequests = (switchboard: Switchboard) => switchboard.localBedrock?.stats().requests ?? 0;
/** Requests to the local endpoint other than embeddings: model calls that write or classify. */
const chatCalls = (switchboard: Switchboard) => {
  const stats = switchboard.localBedrock?.stats();
  return (stats?.requests ?? 0) - (stats?.models[switchboard.config.models.embedding]?.calls ?? 0);
};

const giftCardQuestion = "How long are gift cards valid?";

describe.each([
  { name: "memory", environment: {} as Record<string, string> },
  { name: "redis", environment: { REDIS_URL: redisUrl, SWITCHBOARD_CACHE_KEY_PREFIX: `switchboard-test:${randomUUID()}:` } },
])("response and embedding caches ($name)", ({ name, environment }) => {
  let switchboard: Switchboard;
  let removeDataDir: () => Promise<void>;

  beforeAll(async () => {
    const dataDir = await temporaryDataDir();
    removeDataDir = dataDir.remove;
    switchboard = await startTestSwitchboard(dataDir.dir, environment);
    await ingestDocuments(switchboard.url as string, switchboard.adminToken, testDocuments);
  }, 120_000);

  afterAll(async () => {
    await switchboard?.close();
    await removeDataDir?.();
    if (name === "redis") await deleteRedisKeys(environment.SWITCHBOARD_CACHE_KEY_PREFIX);
  });

  it("embeds a repeated search query once", async () => {
    const query = `gift card replacement receipt ${name}`;
    const before = bedrockRequests(switchboard);
    const first = await switchboard.knowledgeBase.search(query);
    expect(bedrockRequests(switchboard)).toBe(before + 1);
    const second = await switchboard.knowledgeBase.search(query);
    expect(bedrockRequests(switchboard)).toBe(before + 1);
    expect(second.map((result) => result.chunkId)).toEqual(first.map((result) => result.chunkId));
  });

  it("answers the same first question again from the cache, streamed with its citations, at no model cost", async () => {
    const original = await ask(switchboard, giftCardQuestion);
    expect(original.done?.message.citations.length).toBeGreaterThan(0);
    expect(original.stored.response_cache).toBeNull();
    expect(original.chatCalls).toBeGreaterThan(0);

    const repeated = await ask(switchboard, "  how long are GIFT CARDS valid  ");
    // No request at all: no model call (so nothing metered, no cost) and no embedding.
    expect(repeated.bedrockRequests).toBe(0);
    expect(repeated.events.map((event) => event.type)).toEqual(["turn.started", ...repeated.events.filter((event) => event.type === "delta").map(() => "delta"), "citations", "done"]);
    const streamed = repeated.events.flatMap((event) => (event.type === "delta" ? [event.text] : [])).join("");
    expect(streamed).toBe(original.done?.message.text);
    expect(repeated.done?.message.citations).toEqual(original.done?.message.citations);
    expect(repeated.done?.message.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(repeated.stored).toEqual({ response_cache: "exact", model: original.done?.message.model });
  });

  it("answers a paraphrase from the cache by similarity, and a different question by the model", async () => {
    // A new wording needs its embedding (one request), not a model call.
    const paraphrase = await ask(switchboard, "For how long are gift cards valid?");
    expect(paraphrase.stored.response_cache).toBe("semantic");
    expect(paraphrase.bedrockRequests).toBe(1);
    expect(paraphrase.chatCalls).toBe(0);

    const different = await ask(switchboard, "How many gift cards can I combine in one order?");
    expect(different.stored.response_cache).toBeNull();
    expect(different.chatCalls).toBeGreaterThan(0);
  });

  it("keeps answers apart by the customer's region", async () => {
    const question = "Can I return an item within 30 days?";
    await ask(switchboard, question, { country: "DE" });
    expect((await ask(switchboard, question, { country: "DE" })).stored.response_cache).toBe("exact");
    expect((await ask(switchboard, question, { country: "US" })).stored.response_cache).toBeNull();
  });

  it("never caches a turn with history, an order number or personal data", async () => {
    const followUp = await ask(switchboard, "Do I need the receipt for a lost card?");
    const again = await ask(switchboard, giftCardQuestion, { conversationId: followUp.conversationId });
    expect(again.stored.response_cache).toBeNull();
    expect(again.chatCalls).toBeGreaterThan(0);

    for (const question of ["How long are gift cards valid for order NL-100234?", "How long are gift cards valid? My e-mail is ana.lopez@example.com"]) {
      await ask(switchboard, question);
      const repeated = await ask(switchboard, question);
      expect(repeated.stored.response_cache).toBeNull();
      expect(repeated.chatCalls).toBeGreaterThan(0);
    }
  });

  it("stops serving cached answers once the knowledge base changes", async () => {
    const question = "Are refunds issued to the original payment method?";
    await ask(switchboard, question, { country: "DE" });
    expect((await ask(switchboard, question, { country: "DE" })).stored.response_cache).toBe("exact");
    await ingestDocuments(switchboard.url as string, switchboard.adminToken, [
      { content: `---\nid: refunds-${name}\ntitle: Refund timing\nlang: en\nregion: global\n---\n# Refund timing\n\nRefunds reach a credit card within 10 days of approval.\n` },
    ]);
    const afterChange = await ask(switchboard, question, { country: "DE" });
    expect(afterChange.stored.response_cache).toBeNull();
    expect(afterChange.chatCalls).toBeGreaterThan(0);
    expect((await ask(switchboard, question, { country: "DE" })).stored.response_cache).toBe("exact");

    const added = (await switchboard.knowledgeBase.list()).find((document) => document.externalId === `refunds-${name}`);
    await switchboard.knowledgeBase.remove(added?.id as string);
    expect((await ask(switchboard, question, { country: "DE" })).stored.response_cache).toBeNull();
  });

  it("counts hits, misses and skips in /metrics", async () => {
    const response = await fetch(`${switchboard.url}/metrics`);
    const body = await response.text();
    const value = (pattern: RegExp) => Number(pattern.exec(body)?.[1] ?? 0);
    expect(value(/switchboard_response_cache_lookups_total\{kind="exact",result="hit"\} (\d+)/)).toBeGreaterThanOrEqual(3);
    expect(value(/switchboard_response_cache_lookups_total\{kind="semantic",result="hit"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(value(/switchboard_response_cache_lookups_total\{kind="semantic",result="miss"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(value(/switchboard_response_cache_skipped_total\{reason="history"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(value(/switchboard_response_cache_skipped_total\{reason="order_reference"\} (\d+)/)).toBeGreaterThanOrEqual(2);
    expect(value(/switchboard_response_cache_skipped_total\{reason="guardrail"\} (\d+)/)).toBeGreaterThanOrEqual(2);
    expect(value(/switchboard_embedding_cache_lookups_total\{result="hit"\} (\d+)/)).toBeGreaterThanOrEqual(1);
  });
});
