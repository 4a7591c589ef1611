import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendMessage, createConversation, findConversation, listMessages } from "../src/conversation/conversation-store.ts";
import { createTicketStore } from "../src/http/ws-tickets.ts";
import { findJob, finishJob, insertJob, markJobRunning } from "../src/jobs/job-store.ts";
import { replaceDocumentChunks } from "../src/knowledge/chunk-store.ts";
import { findDocument, recordDocumentSubmission } from "../src/knowledge/document-store.ts";
import { hybridSearch } from "../src/knowledge/hybrid-search.ts";
import type { Database } from "../src/storage/database.ts";
import { ensureVectorIndex, migrate, MigrationError } from "../src/storage/migrate.ts";
import { openPgliteDatabase } from "../src/storage/pglite-database.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";

interface Backend {
  name: string;
  open(): Promise<{ db: Database; close: () => Promise<void> }>;
  vectors: boolean;
}

const backends: Backend[] = [
  {
    name: "PGlite",
    vectors: true,
    async open() {
      const db = await openPgliteDatabase();
      return { db, close: () => db.close() };
    },
  },
  {
    name: "PostgreSQL",
    // The server on this machine has no pgvector: everything but vector SQL is tested here.
    vectors: false,
    async open() {
      const { db, drop } = await createPostgresTestDatabase();
      return { db, close: drop };
    },
  },
];

const unitVector = (dims: number, hot: number) => Array.from({ length: dims }, (_, index) => (index === hot ? 1 : 0));

describe.each(backends)("storage on $name", (backend) => {
  let db: Database;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await backend.open());
    await migrate(db, { requireVectors: backend.vectors });
  });
  afterAll(async () => close?.());

  it("migrations are idempotent", async () => {
    const again = await migrate(db, { requireVectors: backend.vectors });
    expect(again.applied).toEqual([]);
    expect(again.vectors).toBe(backend.vectors);
  });

  it("rolls back a failed transaction", async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO conversations (id) VALUES ($1)", [randomUUID()]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const count = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM conversations");
    expect(count.rows[0].count).toBe(0);
  });

  it("records documents, detects unchanged content, and indexes chunks for full-text search", async () => {
    const submission = { externalId: "returns", title: "Returns", source: "upload", contentType: "text/markdown", blobKey: "b1", contentHash: "h1" };
    const { document, unchanged } = await recordDocumentSubmission(db, submission);
    expect(unchanged).toBe(false);
    const dims = 8;
    if (backend.vectors) await ensureVectorIndex(db, "test-model", dims);
    await replaceDocumentChunks(
      db,
      {
        documentId: document.id,
        contentHash: "h1",
        title: "Returns policy",
        lang: "en",
        category: "returns",
        region: "eu",
        metadata: {},
        embedding: backend.vectors ? { model: "test-model", dims } : undefined,
        parents: [
          {
            text: "Returns\n\nItems can be returned within thirty days.",
            tokenCount: 10,
            children: [{ text: "Items can be returned within thirty days.", tokenCount: 8, embedding: backend.vectors ? unitVector(dims, 1) : undefined }],
          },
        ],
      },
      { vectors: backend.vectors },
    );
    expect(await findDocument(db, document.id)).toMatchObject({ status: "ready", chunkCount: 1, lang: "en", indexedHash: "h1" });
    expect((await recordDocumentSubmission(db, submission)).unchanged).toBe(true);

    const results = await hybridSearch(db, {
      query: "returning items",
      queryLanguage: "en",
      queryVector: backend.vectors ? unitVector(dims, 1) : undefined,
      embedding: { model: "test-model", dims },
    });
    expect(results[0]).toMatchObject({ externalId: "returns", title: "Returns policy", parentText: expect.stringContaining("thirty days") });
    expect(results[0].fullTextRank).toBeGreaterThan(0);
    if (backend.vectors) expect(results[0].vectorSimilarity).toBeCloseTo(1);
    expect(await hybridSearch(db, { query: "returns", filters: { lang: "de" } })).toEqual([]);
  });

  it("stores conversations and messages in order", async () => {
    const conversation = await createConversation(db, { customer: { tier: "premium", email: "a@example.com", country: "DE" }, language: "de" });
    expect(await findConversation(db, conversation.id)).toMatchObject({ status: "active", customer: { tier: "premium", country: "DE" } });
    await appendMessage(db, { conversationId: conversation.id, role: "user", text: "Hallo", language: "de" });
    await appendMessage(db, {
      conversationId: conversation.id,
      role: "assistant",
      text: "Hallo! [1]",
      language: "de",
      model: "m",
      usage: { inputTokens: 10, outputTokens: 3 },
      latencyMs: 42,
      citations: [{ index: 1, documentId: "d", externalId: "x", title: "t", chunkId: "c", score: 0.5, url: "/kb/d" }],
    });
    const messages = await listMessages(db, conversation.id);
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant"]);
    expect(messages[1]).toMatchObject({ model: "m", usage: { inputTokens: 10, outputTokens: 3 }, latencyMs: 42, citations: [{ externalId: "x" }] });
  });

  it("keeps job records with idempotency keys", async () => {
    const first = await insertJob(db, { id: randomUUID(), type: "t", payload: { a: 1 }, idempotencyKey: "k1" });
    const second = await insertJob(db, { id: randomUUID(), type: "t", payload: { a: 2 }, idempotencyKey: "k1" });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, job: { id: first.job.id } });
    expect(await markJobRunning(db, first.job.id)).toMatchObject({ status: "running", attempts: 1 });
    await finishJob(db, first.job.id, { status: "succeeded", result: { ok: true } });
    expect(await findJob(db, first.job.id)).toMatchObject({ status: "succeeded", result: { ok: true } });
    expect(await markJobRunning(db, first.job.id)).toBeUndefined();
  });

  it("consumes a WebSocket ticket once, and never after it expires", async () => {
    const conversation = await createConversation(db, { customer: { tier: "standard" } });
    const tickets = createTicketStore(db);
    const { ticket } = await tickets.mint(conversation.id);
    const [a, b] = await Promise.all([tickets.consume(ticket), tickets.consume(ticket)]);
    expect([a, b].filter(Boolean)).toEqual([conversation.id]);
    const expired = await tickets.mint(conversation.id);
    await db.query("UPDATE ws_tickets SET expires_at = now() - interval '1 second'");
    expect(await tickets.consume(expired.ticket)).toBeUndefined();
  });
});

describe("PostgreSQL without pgvector", () => {
  it("fails migration with a clear error unless vectors are optional", async () => {
    const { db, drop } = await createPostgresTestDatabase();
    try {
      const available = await db.query("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
      if (available.rowCount > 0) return; // a server with pgvector has nothing to refuse
      await expect(migrate(db)).rejects.toThrow(MigrationError);
      await expect(migrate(db)).rejects.toThrow(/pgvector extension is not available/);
    } finally {
      await drop();
    }
  });
});
