import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startSwitchboard, type Switchboard } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/observability/logger.ts";

export const fixturesDir = path.resolve(import.meta.dirname, "../fixtures");

/** A temporary data directory, removed by the returned cleanup. */
export async function temporaryDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "switchboard-test-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Starts a real Switchboard (embedded PGlite, local Bedrock endpoint, HTTP on a random port). */
export async function startTestSwitchboard(dataDir: string, environment: Record<string, string> = {}): Promise<Switchboard> {
  const config = loadConfig({
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_PORT: "0",
    SWITCHBOARD_SAMPLE_KB: "false",
    SWITCHBOARD_EMBEDDING_DIMENSIONS: "256",
    SWITCHBOARD_ORDERS_FILE: path.join(fixturesDir, "orders.json"),
    ...environment,
  });
  return startSwitchboard(config, { logger: createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent") });
}

/** Polls a job until it leaves queued/running. */
export async function waitForJob(baseUrl: string, adminToken: string, jobId: string, timeoutMs = 60_000): Promise<{ status: string; error: string | null; result: unknown }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${baseUrl}/v1/jobs/${jobId}`, { headers: { authorization: `Bearer ${adminToken}` } });
    const job = (await response.json()) as { status: string; error: string | null; result: unknown };
    if (job.status !== "queued" && job.status !== "running") return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
