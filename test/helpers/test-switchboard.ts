import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startSwitchboard, type Switchboard } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { createLogger, type Logger } from "../../src/observability/logger.ts";

export const fixturesDir = path.resolve(import.meta.dirname, "../fixtures");

/** A temporary data directory, removed by the returned cleanup. */
export async function temporaryDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "switchboard-test-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Starts a real Switchboard (embedded PGlite, local Bedrock endpoint, HTTP on a random port). */
export async function startTestSwitchboard(dataDir: string, environment: Record<string, string> = {}, logger?: Logger): Promise<Switchboard> {
  const config = loadConfig({
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_PORT: "0",
    SWITCHBOARD_SAMPLE_KB: "false",
    SWITCHBOARD_EMBEDDING_DIMENSIONS: "256",
    SWITCHBOARD_ORDERS_FILE: path.join(fixturesDir, "orders.json"),
    ...environment,
  });
  return startSwitchboard(config, { logger: logger ?? createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent") });
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

/** Posts JSON to a Switchboard, with optional headers. */
export const postJson = (baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** Submits documents to the knowledge base and waits until each is indexed. */
export async function ingestDocuments(baseUrl: string, adminToken: string, documents: ReadonlyArray<{ content: string }>): Promise<void> {
  for (const document of documents) {
    const response = await postJson(baseUrl, "/v1/kb/documents", { content: document.content, contentType: "text/markdown" }, { authorization: `Bearer ${adminToken}` });
    const { jobId } = (await response.json()) as { jobId: string };
    const job = await waitForJob(baseUrl, adminToken, jobId);
    if (job.status !== "succeeded") throw new Error(`ingestion failed: ${job.error}`);
  }
}

/** Starts a conversation as a customer; answers its id and token. */
export async function startConversation(baseUrl: string, customer: Record<string, unknown> = {}, language?: string): Promise<{ id: string; token: string }> {
  const response = await postJson(baseUrl, "/v1/conversations", { customer, ...(language ? { language } : {}) });
  if (response.status !== 201) throw new Error(`conversation not started: ${response.status}`);
  return (await response.json()) as { id: string; token: string };
}

/** Sends a customer message over the JSON API. */
export async function sendMessage(baseUrl: string, conversation: { id: string; token: string }, text: string): Promise<{ status: number; body: any }> {
  const response = await postJson(baseUrl, `/v1/conversations/${conversation.id}/messages`, { text }, { authorization: `Bearer ${conversation.token}` });
  return { status: response.status, body: await response.json() };
}
