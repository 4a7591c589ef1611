import type { Logger } from "../observability/logger.ts";
import type { Database } from "../storage/database.ts";
import { finishJob, markJobRunning, recordJobProgress } from "./job-store.ts";
import type { Queue } from "./queue.ts";

export interface JobContext {
  jobId: string;
  attempt: number;
  payload: Record<string, unknown>;
  progress(update: Record<string, unknown>): Promise<void>;
}

export interface JobHandler {
  type: string;
  concurrency: number;
  /** Attempts in all before the job is given up. */
  maxAttempts: number;
  run(context: JobContext): Promise<unknown>;
}

/** A failure that retrying cannot fix (bad input, unsupported file): the job fails at once. */
export class PermanentJobError extends Error {
  override name = "PermanentJobError";
}

/**
 * Subscribes each handler to its queue and keeps Switchboard's job record in step with every
 * delivery: running → succeeded, or failed at once for a permanent error, or back to queued
 * (the queue redelivers with backoff) until the attempts run out.
 */
export async function startJobWorkers(db: Database, queue: Queue, handlers: JobHandler[], logger: Logger): Promise<void> {
  for (const handler of handlers) {
    await queue.work(handler.type, { concurrency: handler.concurrency }, async (job) => {
      const record = await markJobRunning(db, job.id);
      if (!record) {
        logger.info({ jobId: job.id, type: handler.type }, "job already finished or unknown; delivery ignored");
        return;
      }
      const log = logger.child({ jobId: job.id, type: handler.type, attempt: record.attempts });
      try {
        const result = await handler.run({
          jobId: job.id,
          attempt: record.attempts,
          payload: job.payload,
          progress: (update) => recordJobProgress(db, job.id, update),
        });
        await finishJob(db, job.id, { status: "succeeded", result });
        log.info("job succeeded");
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof PermanentJobError) {
          await finishJob(db, job.id, { status: "failed", error: message });
          log.warn({ error: message }, "job failed permanently");
          return;
        }
        const exhausted = record.attempts >= handler.maxAttempts;
        await finishJob(db, job.id, { status: exhausted ? "failed" : "queued", error: message });
        log.warn({ error: message, exhausted }, "job attempt failed");
        if (!exhausted) throw error;
      }
    });
  }
}
