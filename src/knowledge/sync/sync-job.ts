import { z } from "zod";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { PermanentJobError, type JobHandler } from "../../jobs/job-runner.ts";
import type { JobRecord } from "../../jobs/job-store.ts";
import type { Queue } from "../../jobs/queue.ts";
import type { RetryPolicy } from "../../jobs/retry-policy.ts";
import type { Database } from "../../storage/database.ts";
import type { KnowledgeBase } from "../knowledge-base.ts";
import { syncKnowledgeBase } from "./sync-knowledge-base.ts";
import type { SyncSource, SyncSourceSpec } from "./sync-source.ts";

export const syncJobType = "kb.sync";

export const syncSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("folder"), path: z.string().min(1).max(4096) }).strict(),
  z
    .object({
      kind: z.literal("s3"),
      bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name"),
      prefix: z.string().max(1024).default(""),
    })
    .strict(),
]);

/** The `kb.sync` job: re-ingests what changed in one source and deletes what disappeared from it. */
export function createSyncJob(deps: {
  db: Database;
  knowledgeBase: Pick<KnowledgeBase, "submit" | "remove">;
  /** Opens a source; S3 needs the client built from Switchboard's explicit endpoint and credentials. */
  openSource: (spec: SyncSourceSpec) => SyncSource;
  retry: RetryPolicy;
}): JobHandler {
  return {
    type: syncJobType,
    // Syncs of one source must not race each other's deletions; one at a time is plenty.
    concurrency: 1,
    retry: deps.retry,
    async run(context) {
      const parsed = syncSourceSchema.safeParse(context.payload.source);
      if (!parsed.success) throw new PermanentJobError(`Invalid sync source: ${parsed.error.message}`);
      try {
        return await syncKnowledgeBase(deps, deps.openSource(parsed.data), context.progress);
      } catch (error) {
        // A folder that is not there will not appear by retrying; S3's NoSuchBucket likewise.
        const code = (error as { code?: string; name?: string }).code ?? (error as { name?: string }).name;
        if (code === "ENOENT" || code === "ENOTDIR" || code === "NoSuchBucket") throw new PermanentJobError(`Sync source not found: ${(error as Error).message}`);
        throw error;
      }
    },
  };
}

/** Queues a sync of one source (on demand, or from the schedule). */
export async function requestSync(db: Database, queue: Queue, spec: SyncSourceSpec, options: { maxAttempts: number; idempotencyKey?: string }): Promise<JobRecord> {
  const { job } = await enqueueJob(db, queue, { type: syncJobType, payload: { source: spec }, idempotencyKey: options.idempotencyKey, maxAttempts: options.maxAttempts });
  return job;
}
