import type { Config } from "../config.ts";
import { listDocumentFiles } from "../knowledge/ingest-folder.ts";
import { connect } from "./connect.ts";

/** `switchboard ingest <file|dir>…`: queues each document, waits for its job, reports per file. */
export async function ingestCommand(config: Config, targets: string[], options: { json: boolean }): Promise<number> {
  if (targets.length === 0) throw new Error("usage: switchboard ingest <file|dir>…");
  const files = (await Promise.all(targets.map((target) => listDocumentFiles(target)))).flat();
  const connection = await connect(config);
  const outcomes: Array<{ file: string; status: string; documentId?: string; externalId?: string; chunks?: number; error?: string }> = [];
  try {
    const submitted = [];
    for (const file of files) {
      try {
        submitted.push({ file, ...(await connection.client.uploadFile(file)) });
      } catch (error) {
        outcomes.push({ file, status: "failed", error: error instanceof Error ? error.message : String(error) });
      }
    }
    for (const item of submitted) {
      let job = await connection.client.job(item.jobId);
      while (job.status === "queued" || job.status === "running") {
        await new Promise((resolve) => setTimeout(resolve, 200));
        job = await connection.client.job(item.jobId);
      }
      const result = (job.result ?? {}) as { chunks?: number; unchanged?: boolean };
      outcomes.push({
        file: item.file,
        status: job.status === "succeeded" ? (result.unchanged ? "unchanged" : "ingested") : job.status,
        documentId: item.documentId,
        externalId: item.externalId,
        chunks: result.chunks,
        error: job.error ?? undefined,
      });
    }
  } finally {
    await connection.close();
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ documents: outcomes }, null, 2)}\n`);
  else {
    for (const outcome of outcomes) {
      const detail = outcome.error ? `  ${outcome.error}` : outcome.chunks !== undefined ? `  ${outcome.chunks} chunks` : "";
      process.stdout.write(`${outcome.status.padEnd(9)} ${outcome.externalId ?? ""}  ${outcome.file}${detail}\n`);
    }
    const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
    process.stdout.write(`${outcomes.length - failed} of ${outcomes.length} documents ingested or unchanged${failed ? `, ${failed} failed` : ""}\n`);
  }
  return outcomes.some((outcome) => outcome.status === "failed") ? 1 : 0;
}
