import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSwitchboard, type Switchboard } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/observability/logger.ts";
import type { Database } from "../src/storage/database.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { fixturesDir, postJson, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

const logger = createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent");

/** A document long enough that parsing, chunking and indexing it take a while, so connections die mid-job. */
const documentAbout = (index: number) =>
  [`# Store ${index} handbook`, ...Array.from({ length: 400 }, (_, section) => `## Topic ${section}\n\nStore ${index} answers question ${section} within ${section % 7} days; parcels leave at ${section % 24} hours.`)].join(
    "\n\n",
  );

describe("a PostgreSQL restart while jobs run", () => {
  let database: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let data: { dir: string; remove: () => Promise<void> };
  let switchboard: Switchboard;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    data = await temporaryDataDir();
    const config = loadConfig({
      DATABASE_URL: database.url,
      SWITCHBOARD_DATA_DIR: data.dir,
      SWITCHBOARD_PORT: "0",
      SWITCHBOARD_SAMPLE_KB: "false",
      // This PostgreSQL server has no pgvector: full-text retrieval only.
      SWITCHBOARD_VECTOR_SEARCH: "off",
      // A delivery whose worker lost the database mid-way is given up by pg-boss after this lease.
      SWITCHBOARD_JOB_LEASE_SECONDS: "3",
      SWITCHBOARD_JOB_RETRY_DELAYS: "1",
      SWITCHBOARD_ADMIN_TOKEN: "admin-token-for-restart-tests",
      SWITCHBOARD_ORDERS_FILE: path.join(fixturesDir, "orders.json"),
    });
    switchboard = await startSwitchboard(config, { logger });
  });
  afterAll(async () => {
    await switchboard?.close();
    await database?.drop();
    await data?.remove();
  });

  const count = async (db: Database, sql: string, params: unknown[] = []) => (await db.query<{ count: number }>(sql, params)).rows[0].count;

  it("reconnects the pool and the queue; every job accepted before or after ends succeeded, none twice", async () => {
    const submitted: Array<{ jobId: string; documentId: string }> = [];
    for (let index = 0; index < 24; index++) {
      const response = await postJson(switchboard.url!, "/v1/kb/documents", { content: documentAbout(index), contentType: "text/markdown" }, { authorization: `Bearer ${switchboard.adminToken}` });
      expect(response.status).toBe(202);
      submitted.push((await response.json()) as { jobId: string; documentId: string });
    }

    // Wait until work is under way, then cut every connection twice, a moment apart (a restart, then a failover).
    const deadline = Date.now() + 20_000;
    while ((await count(database.db, "SELECT count(*)::int AS count FROM jobs WHERE status = 'running'")) === 0) {
      if (Date.now() > deadline) throw new Error("no job started");
      await sleep(20);
    }
    expect(await database.terminateConnections()).toBeGreaterThan(0);
    await sleep(300);
    await database.terminateConnections();
    const finishedBefore = await count(database.db, "SELECT count(*)::int AS count FROM jobs WHERE status = 'succeeded'").catch(() => 0);
    expect(finishedBefore).toBeLessThan(submitted.length);

    // The API itself answers on fresh connections.
    const after = await postJson(switchboard.url!, "/v1/kb/documents", { content: documentAbout(99), contentType: "text/markdown" }, { authorization: `Bearer ${switchboard.adminToken}` });
    expect(after.status).toBe(202);
    submitted.push((await after.json()) as { jobId: string; documentId: string });

    for (const { jobId } of submitted) {
      expect(await waitForJob(switchboard.url!, switchboard.adminToken, jobId, 90_000)).toMatchObject({ status: "succeeded" });
    }
    const documentIds = submitted.map((entry) => entry.documentId);
    expect(await count(database.db, "SELECT count(*)::int AS count FROM documents WHERE id = ANY($1::uuid[]) AND status = 'ready'", [documentIds])).toBe(submitted.length);
    // No chunk written twice by a job that ran again after the connections dropped.
    const duplicates = await count(
      database.db,
      "SELECT count(*)::int AS count FROM (SELECT document_id, level, parent_id, position FROM chunks GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) AS repeated",
    );
    expect(duplicates).toBe(0);
    const search = await fetch(`${switchboard.url}/v1/kb/search?q=${encodeURIComponent("store 99 handbook")}`, { headers: { authorization: `Bearer ${switchboard.adminToken}` } });
    expect(((await search.json()) as { results: Array<{ title: string }> }).results[0].title).toMatch(/Store 99/);
  });
});
