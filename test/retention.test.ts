import { randomUUID } from "node:crypto";
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSwitchboard, type Switchboard } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { appendMessage } from "../src/conversation/conversation-store.ts";
import { defaultRetryPolicy } from "../src/jobs/retry-policy.ts";
import { createLogger } from "../src/observability/logger.ts";
import { sweepExpiredConversations } from "../src/privacy/retention-sweep.ts";
import { createRetentionSweepJob } from "../src/privacy/retention-sweep-job.ts";
import { migrate } from "../src/storage/migrate.ts";
import { createFilesystemBlobStore } from "../src/storage/blobs/filesystem-blob-store.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { fixturesDir, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

const exists = (file: string) => access(file).then(() => true, () => false);

/** A conversation with two messages and a PDF attachment, idle for `days`; answers its blob's path too. */
async function conversationIdleFor(switchboard: Switchboard, dataDir: string, days: number) {
  const conversation = await startConversation(switchboard.url!);
  for (const role of ["user", "assistant"] as const) await appendMessage(switchboard.db, { conversationId: conversation.id, role, text: `A ${role} message`, language: "en" });
  const form = new FormData();
  form.append("file", new Blob([await readFile(path.join(fixturesDir, "documents", "warranty.pdf"))], { type: "application/pdf" }), "warranty.pdf");
  const upload = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`, { method: "POST", headers: { authorization: `Bearer ${conversation.token}` }, body: form });
  expect(upload.status).toBe(202);
  const { attachment } = (await upload.json()) as { attachment: { id: string } };
  await switchboard.db.query(`UPDATE conversations SET updated_at = now() - make_interval(days => $2) WHERE id = $1`, [conversation.id, days]);
  return { ...conversation, blob: path.join(dataDir, "blobs", "attachments", conversation.id, attachment.id) };
}

describe("retention.sweep", () => {
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  let switchboard: Switchboard;

  beforeAll(async () => {
    data = await temporaryDataDir();
    switchboard = await startTestSwitchboard(data.dir, { SWITCHBOARD_RETENTION_DAYS: "30", SWITCHBOARD_VECTOR_SEARCH: "off" });
  });
  afterAll(async () => {
    await switchboard?.close();
    await data?.remove();
  });

  it("deletes conversations idle past the retention period with their messages and attachment blobs, counting them; again it deletes nothing", async () => {
    const expired = [await conversationIdleFor(switchboard, data.dir, 45), await conversationIdleFor(switchboard, data.dir, 31)];
    const recent = await conversationIdleFor(switchboard, data.dir, 10);
    for (const conversation of [...expired, recent]) expect(await exists(conversation.blob)).toBe(true);

    const handler = createRetentionSweepJob({ db: switchboard.db, blobs: createFilesystemBlobStore(path.join(data.dir, "blobs")), days: 30, retry: defaultRetryPolicy });
    const deliver = () => handler.run({ jobId: "00000000-0000-4000-8000-000000000002", attempt: 1, payload: {}, progress: async () => {} });
    const first = (await deliver()) as Record<string, unknown>;
    expect(first).toMatchObject({ retentionDays: 30, conversations: 2, messages: 4, attachments: 2, blobs: 2 });
    // Delivered again: nothing left to delete.
    expect(await deliver()).toMatchObject({ conversations: 0, messages: 0, attachments: 0, blobs: 0 });

    for (const conversation of expired) {
      expect(await exists(conversation.blob)).toBe(false);
      expect((await fetch(`${switchboard.url}/v1/conversations/${conversation.id}`, { headers: { authorization: `Bearer ${switchboard.adminToken}` } })).status).toBe(404);
      const { rows } = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM messages WHERE conversation_id = $1", [conversation.id]);
      expect(rows[0].count).toBe(0);
    }
    expect(await exists(recent.blob)).toBe(true);
    const kept = await fetch(`${switchboard.url}/v1/conversations/${recent.id}`, { headers: { authorization: `Bearer ${recent.token}` } });
    expect(((await kept.json()) as { messages: unknown[] }).messages).toHaveLength(2);
  });

});

describe("retention.sweep on its schedule", () => {
  it("runs by itself and shows admins what it deleted", async () => {
    const data = await temporaryDataDir();
    // Every second, so the test sees the schedule at work; the default is daily.
    const switchboard = await startTestSwitchboard(data.dir, { SWITCHBOARD_RETENTION_CRON: "* * * * * *", SWITCHBOARD_VECTOR_SEARCH: "off" });
    try {
      const expired = await conversationIdleFor(switchboard, data.dir, 91);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const response = await fetch(`${switchboard.url}/v1/admin/jobs?type=retention.sweep&status=succeeded`, { headers: { authorization: `Bearer ${switchboard.adminToken}` } });
        const { jobs } = (await response.json()) as { jobs: Array<{ result: { conversations: number; retentionDays: number } }> };
        const sweep = jobs.find((job) => job.result.conversations > 0);
        if (sweep) {
          expect(sweep.result).toMatchObject({ retentionDays: 90, conversations: 1, messages: 2, attachments: 1, blobs: 1 });
          break;
        }
        if (Date.now() > deadline) throw new Error("no scheduled sweep deleted the expired conversation");
        await sleep(200);
      }
      expect(await exists(expired.blob)).toBe(false);
    } finally {
      await switchboard.close();
      await data.remove();
    }
  });
});

describe("retention.sweep on PostgreSQL", () => {
  it("deletes in batches, counts what went, and keeps what is recent", async () => {
    const database = await createPostgresTestDatabase();
    const data = await temporaryDataDir();
    try {
      await migrate(database.db, { requireVectors: false });
      const blobs = createFilesystemBlobStore(path.join(data.dir, "blobs"));
      const conversations = Array.from({ length: 450 }, (_, index) => ({ id: randomUUID(), days: index < 420 ? 120 : 5 }));
      for (const conversation of conversations) {
        await database.db.query("INSERT INTO conversations (id, updated_at) VALUES ($1, now() - make_interval(days => $2))", [conversation.id, conversation.days]);
        await database.db.query("INSERT INTO messages (id, conversation_id, role, text) VALUES ($1, $2, 'user', 'hello')", [randomUUID(), conversation.id]);
      }
      const withFile = conversations[0];
      await blobs.put(`attachments/${withFile.id}/receipt`, new Uint8Array([1, 2, 3]));
      await database.db.query(
        "INSERT INTO attachments (id, conversation_id, filename, content_type, size_bytes, blob_key) VALUES ($1, $2, 'r.pdf', 'application/pdf', 3, $3)",
        [randomUUID(), withFile.id, `attachments/${withFile.id}/receipt`],
      );
      expect(await sweepExpiredConversations({ db: database.db, blobs }, { days: 90 })).toMatchObject({ conversations: 420, messages: 420, attachments: 1, blobs: 1 });
      expect(await exists(path.join(data.dir, "blobs", "attachments", withFile.id, "receipt"))).toBe(false);
      const { rows } = await database.db.query<{ count: number }>("SELECT count(*)::int AS count FROM conversations");
      expect(rows[0].count).toBe(30);
    } finally {
      await database.drop();
      await data.remove();
    }
  });
});

describe("schedules across processes on PostgreSQL", () => {
  it("queue each slot once however many workers run the schedule", async () => {
    const database = await createPostgresTestDatabase();
    const data = await temporaryDataDir();
    const logger = createLogger("silent");
    const environment = {
      DATABASE_URL: database.url,
      SWITCHBOARD_DATA_DIR: data.dir,
      SWITCHBOARD_SAMPLE_KB: "false",
      SWITCHBOARD_VECTOR_SEARCH: "off",
      SWITCHBOARD_RETENTION_CRON: "* * * * * *",
      SWITCHBOARD_ADMIN_TOKEN: "admin-token-for-schedule-tests",
      SWITCHBOARD_TOKEN_SECRET: "token-secret-for-schedule-tests-0123456789",
    };
    const workers: Switchboard[] = [];
    try {
      const started = Date.now();
      for (let index = 0; index < 3; index++) workers.push(await startSwitchboard(loadConfig(environment), { http: false, workers: true, logger }));
      await sleep(3500);
      for (const worker of workers.splice(0)) await worker.close();
      const seconds = Math.ceil((Date.now() - started) / 1000);
      const { rows } = await database.db.query<{ slots: number; jobs: number }>(
        "SELECT count(DISTINCT idempotency_key)::int AS slots, count(*)::int AS jobs FROM jobs WHERE type = 'retention.sweep'",
      );
      expect(rows[0].jobs).toBe(rows[0].slots);
      expect(rows[0].jobs).toBeGreaterThanOrEqual(3);
      // Three schedulers, one job a second: never three a second.
      expect(rows[0].jobs).toBeLessThanOrEqual(seconds + 1);
    } finally {
      for (const worker of workers) await worker.close();
      await database.drop();
      await data.remove();
    }
  });
});
