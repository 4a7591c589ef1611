// The queue benchmark (`npm run bench -- --only queue`): enqueue latency of `POST /v1/kb/documents`
// (the 202) under 200 concurrent submitters, and end-to-end jobs per second for a no-op job and for
// kb.ingest of small documents, on PGlite and on PostgreSQL. Results go to bench/results/queue.json.
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startSwitchboard, type Switchboard } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { enqueueJob } from "../src/jobs/enqueue-job.ts";
import { startJobWorkers } from "../src/jobs/job-runner.ts";
import { createPgBossQueue } from "../src/jobs/pg-boss-queue.ts";
import { defaultRetryPolicy } from "../src/jobs/retry-policy.ts";
import { createLogger } from "../src/observability/logger.ts";
import type { Database } from "../src/storage/database.ts";
import { migrate } from "../src/storage/migrate.ts";
import { openPgliteDatabase } from "../src/storage/pglite-database.ts";
import { createPostgresTestDatabase } from "../test/helpers/postgres-test-database.ts";
import { summarize } from "./percentiles.ts";
import { seededRandom } from "../src/bedrock-local/seeded-random.ts";
import { article } from "./synthetic-corpus.ts";

const logger = createLogger("warn");
const round = (value: number) => Math.round(value * 10) / 10;

export interface QueueBenchOptions {
  submitters: number;
  documentsPerSubmitter: number;
  noopJobs: number;
  ingestJobs: number;
}

type Store = "pglite" | "postgres";

/** A database of the given kind for one measurement; `close` removes it. */
async function openStore(store: Store): Promise<{ db: Database; url?: string; close: () => Promise<void> }> {
  if (store === "pglite") {
    const db = await openPgliteDatabase();
    return { db, close: () => db.close() };
  }
  const { db, url, drop } = await createPostgresTestDatabase();
  return { db, url, close: drop };
}

async function waitUntilFinished(db: Database, type: string, count: number): Promise<void> {
  for (;;) {
    const { rows } = await db.query<{ finished: number; unfinished: number }>(
      "SELECT count(*) FILTER (WHERE status IN ('succeeded', 'failed', 'dead'))::int AS finished, count(*) FILTER (WHERE status IN ('queued', 'running'))::int AS unfinished FROM jobs WHERE type = $1",
      [type],
    );
    if (rows[0].finished >= count && rows[0].unfinished === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Jobs per second of a job that does nothing: the cost of the queue and the job records alone. */
async function noopThroughput(store: Store, jobs: number, concurrency: number) {
  const { db, close } = await openStore(store);
  const queue = createPgBossQueue(db, { logger });
  try {
    await migrate(db, { requireVectors: false });
    const type = "bench.noop";
    await queue.start([type]);
    await startJobWorkers(db, queue, [{ type, concurrency, retry: defaultRetryPolicy, run: async () => ({ done: true }) }], logger);
    const started = performance.now();
    const enqueueMs: number[] = [];
    // Submitted from 20 callers at once, as an API under load would.
    await Promise.all(
      Array.from({ length: 20 }, async (_, caller) => {
        for (let index = caller; index < jobs; index += 20) {
          const sent = performance.now();
          await enqueueJob(db, queue, { type, payload: { index }, idempotencyKey: randomUUID(), maxAttempts: 3 });
          enqueueMs.push(performance.now() - sent);
        }
      }),
    );
    await waitUntilFinished(db, type, jobs);
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await db.query<{ succeeded: number }>("SELECT count(*)::int AS succeeded FROM jobs WHERE type = $1 AND status = 'succeeded'", [type]);
    return { jobs, concurrency, succeeded: rows[0].succeeded, seconds: round(seconds), jobsPerSecond: round(jobs / seconds), enqueueMs: summarize(enqueueMs) };
  } finally {
    await queue.stop({ graceMs: 1_000 });
    await close();
  }
}

/** A Switchboard on the given store, serving HTTP, with its workers unless told otherwise. */
async function withSwitchboard<T>(store: Store, work: (switchboard: Switchboard) => Promise<T>, workers = true): Promise<T> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-queue-"));
  const database = store === "postgres" ? await openStore("postgres") : undefined;
  const config = loadConfig({
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_PORT: "0",
    SWITCHBOARD_SAMPLE_KB: "false",
    SWITCHBOARD_EMBEDDING_DIMENSIONS: "256",
    ...(database ? { DATABASE_URL: database.url!, SWITCHBOARD_VECTOR_SEARCH: "off" } : {}),
  });
  const switchboard = await startSwitchboard(config, { logger, workers });
  try {
    return await work(switchboard);
  } finally {
    await switchboard.close();
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const smallDocuments = (count: number, seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => article(random, `queue-bench-${seed}-${index}`, 60));
};

/** `POST /v1/kb/documents` from many submitters at once: how long until each 202 (then, with workers, until all are ingested). */
async function enqueueLatency(switchboard: Switchboard, submitters: number, perSubmitter: number, workers: boolean) {
  const documents = smallDocuments(submitters * perSubmitter, 3);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: submitters }, async (_, submitter) => {
      for (let index = 0; index < perSubmitter; index++) {
        const sent = performance.now();
        const response = await fetch(`${switchboard.url}/v1/kb/documents`, {
          method: "POST",
          headers: { authorization: `Bearer ${switchboard.adminToken}`, "content-type": "application/json" },
          body: JSON.stringify({ content: documents[submitter * perSubmitter + index], contentType: "text/markdown" }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (workers) await waitUntilFinished(switchboard.db, "kb.ingest", documents.length);
  return { submitters, requests: latencies.length, statuses: Object.fromEntries(statuses), acceptedPerSecond: round(latencies.length / seconds), latencyMs: summarize(latencies) };
}

/** kb.ingest of small documents, from submission to the last one indexed. */
async function ingestThroughput(switchboard: Switchboard, count: number) {
  const documents = smallDocuments(count, 5);
  const started = performance.now();
  for (const [index, content] of documents.entries()) {
    await switchboard.knowledgeBase.submit({ bytes: new TextEncoder().encode(content), contentType: "text/markdown", filename: `ingest-${index}.md` });
  }
  await waitUntilFinished(switchboard.db, "kb.ingest", count);
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await switchboard.db.query<{ status: string; count: number }>("SELECT status, count(*)::int AS count FROM jobs WHERE type = 'kb.ingest' GROUP BY status");
  return { jobs: count, statuses: Object.fromEntries(rows.map((row) => [row.status, row.count])), seconds: round(seconds), jobsPerSecond: round(count / seconds) };
}

/** Runs every measurement on both stores and writes bench/results/queue.json. */
export async function benchQueue(options: QueueBenchOptions): Promise<void> {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    note:
      "PGlite: embedded, local Bedrock endpoint, 256-dimension embeddings. PostgreSQL 15 on the same machine has no pgvector, " +
      "so its runs have vector search off (kb.ingest parses, chunks and indexes full text; no embedding calls). " +
      "Workers run in the same process as the API, as `switchboard start` does.",
  };
  for (const store of ["pglite", "postgres"] as const) {
    const section: Record<string, unknown> = {};
    section.noop = await noopThroughput(store, options.noopJobs, 10);
    console.log(store, "no-op", section.noop);
    // With the workers in the same process (`switchboard start`), and on an API-only node (`start --no-worker`).
    section.enqueue = await withSwitchboard(store, (switchboard) => enqueueLatency(switchboard, options.submitters, options.documentsPerSubmitter, true));
    console.log(store, "enqueue", section.enqueue);
    section.enqueueApiOnly = await withSwitchboard(store, (switchboard) => enqueueLatency(switchboard, options.submitters, options.documentsPerSubmitter, false), false);
    console.log(store, "enqueue, API only", section.enqueueApiOnly);
    section.ingest = await withSwitchboard(store, (switchboard) => ingestThroughput(switchboard, options.ingestJobs));
    console.log(store, "kb.ingest", section.ingest);
    results[store] = section;
  }
  const directory = path.resolve(import.meta.dirname, "results");
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, "queue.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("results written to bench/results/queue.json");
}
