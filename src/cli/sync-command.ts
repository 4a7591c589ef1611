import path from "node:path";
import type { Config } from "../config.ts";
import { parseSyncSource } from "../knowledge/sync/sync-source.ts";
import { connect } from "./connect.ts";

interface SyncResult {
  listed: number;
  submitted: Array<{ source: string; jobId: string }>;
  unchanged: number;
  deleted: Array<{ source: string }>;
  skipped: Array<{ source: string; error: string }>;
}

/**
 * `switchboard ingest --sync <dir|s3://bucket/prefix>`: queues a `kb.sync`, follows it and the
 * ingestion of each changed file live, and reports what changed.
 */
export async function syncCommand(config: Config, target: string, options: { json: boolean }): Promise<number> {
  const parsed = parseSyncSource(target);
  const source = parsed.kind === "folder" ? { kind: "folder" as const, path: path.resolve(parsed.path) } : parsed;
  const connection = await connect(config);
  try {
    const { jobId } = await connection.client.requestSync(source);
    const job = await connection.client.followJob(jobId);
    if (job.status !== "succeeded") {
      process.stderr.write(`Sync ${job.status}: ${job.error ?? "no error recorded"}\n`);
      return 1;
    }
    const result = job.result as SyncResult;
    const ingested = [];
    for (const item of result.submitted) {
      const ingestion = await connection.client.followJob(item.jobId);
      ingested.push({ source: item.source, status: ingestion.status, error: ingestion.error });
    }
    const failed = ingested.filter((item) => item.status !== "succeeded").length;
    if (options.json) process.stdout.write(`${JSON.stringify({ ...result, ingested }, null, 2)}\n`);
    else {
      for (const item of ingested) process.stdout.write(`${(item.status === "succeeded" ? "ingested" : item.status).padEnd(9)} ${item.source}${item.error ? `  ${item.error}` : ""}\n`);
      for (const item of result.deleted) process.stdout.write(`deleted   ${item.source}\n`);
      for (const item of result.skipped) process.stdout.write(`skipped   ${item.source}  ${item.error}\n`);
      process.stdout.write(`${result.listed} files: ${ingested.length - failed} ingested, ${result.unchanged} unchanged, ${result.deleted.length} deleted, ${result.skipped.length} skipped${failed ? `, ${failed} failed` : ""}\n`);
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await connection.close();
  }
}
