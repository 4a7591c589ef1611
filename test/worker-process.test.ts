import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSwitchboard, type Switchboard } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/observability/logger.ts";
import type { Database } from "../src/storage/database.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { fixturesDir, postJson, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");
const logger = createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent");

/** Runs `switchboard <args>` as one child process (tsx as a loader, so a signal reaches Switchboard itself), its output collected. */
function runSwitchboard(args: string[], environment: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/main.ts"), ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", SWITCHBOARD_LOG_LEVEL: "info", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not in time`);
    await sleep(10);
  }
}

/** A long Markdown document: parsing, chunking and indexing it take long enough to be killed in the middle. */
const longDocument = () =>
  [
    "# Shipping handbook",
    ...Array.from({ length: 6000 }, (_, index) => `## Section ${index}\n\nParcel route ${index} leaves the depot at ${index % 24} hours; carriers scan each parcel ${index} times before delivery to region ${index % 50}.`),
  ].join("\n\n");

describe("worker processes on PostgreSQL", () => {
  let database: { db: Database; url: string; drop: () => Promise<void> };
  let data: { dir: string; remove: () => Promise<void> };
  let api: Switchboard;
  let environment: Record<string, string>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    data = await temporaryDataDir();
    environment = {
      DATABASE_URL: database.url,
      SWITCHBOARD_DATA_DIR: data.dir,
      SWITCHBOARD_SAMPLE_KB: "false",
      // This PostgreSQL server has no pgvector: full-text retrieval only.
      SWITCHBOARD_VECTOR_SEARCH: "off",
      SWITCHBOARD_JOB_LEASE_SECONDS: "2",
      SWITCHBOARD_JOB_RETRY_DELAYS: "0",
      SWITCHBOARD_ADMIN_TOKEN: "admin-token-for-worker-tests",
      SWITCHBOARD_TOKEN_SECRET: "token-secret-for-worker-tests-0123456789",
      SWITCHBOARD_ORDERS_FILE: path.join(fixturesDir, "orders.json"),
    };
    api = await startSwitchboard(loadConfig({ ...environment, SWITCHBOARD_PORT: "0" }), { workers: false, logger });
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill("SIGKILL");
    await api?.close();
    await database?.drop();
    await data?.remove();
  });

  it("serves readiness without workers, and a job killed mid-way in a worker completes once after its lease", async () => {
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    const first = runSwitchboard(["worker"], environment);
    workers.push(first.child);

    const response = await postJson(api.url!, "/v1/kb/documents", { content: longDocument(), contentType: "text/markdown" }, { authorization: `Bearer ${api.adminToken}` });
    expect(response.status).toBe(202);
    const { jobId, documentId } = (await response.json()) as { jobId: string; documentId: string };
    await waitFor(async () => {
      const { rows } = await database.db.query<{ status: string }>("SELECT status FROM jobs WHERE id = $1", [jobId]);
      return rows[0]?.status === "running" ? true : undefined;
    }, `job running in the worker (output: ${first.output()})`);
    first.child.kill("SIGKILL");
    await once(first.child, "exit");

    const second = runSwitchboard(["worker"], environment);
    workers.push(second.child);
    const job = await waitForJob(api.url!, api.adminToken, jobId, 45_000);
    expect(job).toMatchObject({ status: "succeeded", attempts: 2 });
    const { rows } = await database.db.query<{ chunks: number; positions: number }>(
      "SELECT count(*)::int AS chunks, count(DISTINCT (level, parent_id, position))::int AS positions FROM chunks WHERE document_id = $1",
      [documentId],
    );
    expect(rows[0].chunks).toBe((job.result as { rows: number }).rows);
    expect(rows[0].positions).toBe(rows[0].chunks);

    // SIGTERM: the worker stops taking jobs and exits cleanly.
    second.child.kill("SIGTERM");
    const [code] = (await once(second.child, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(second.output()).toContain("worker stopping");
  });

  it("refuses a second process on an embedded data directory, naming the one that holds it", async ({ onTestFinished }) => {
    const embedded = await temporaryDataDir();
    onTestFinished(embedded.remove);
    const server = await startTestSwitchboard(embedded.dir);
    onTestFinished(() => server.close());
    const worker = runSwitchboard(["worker"], { SWITCHBOARD_DATA_DIR: embedded.dir, SWITCHBOARD_SAMPLE_KB: "false" });
    const [code] = (await once(worker.child, "exit")) as [number | null];
    expect(code).toBe(1);
    expect(worker.output()).toContain(`in use by Switchboard process ${process.pid}`);
    expect(worker.output()).toContain(server.url!);
  });
});
