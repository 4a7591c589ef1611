import type { Logger } from "../observability/logger.ts";
import type { Database, Queryable } from "../storage/database.ts";
import { writeJobAndSend } from "./enqueue-job.ts";
import { resolveJobConcurrency } from "./job-concurrency.ts";
import type { JobConcurrency } from "./job-settings.ts";
import { finishJob, markJobRunning, recordJobProgress, requeueThrottledJob, type JobRecord } from "./job-store.ts";
import type { Queue, QueuedJob } from "./queue.ts";
import { isThrottling, retryDelaySeconds, type RetryPolicy } from "./retry-policy.ts";

export interface JobContext {
  jobId: string;
  attempt: number;
  payload: Record<string, unknown>;
  progress(update: Record<string, unknown>): Promise<void>;
}

export interface JobHandler {
  type: string;
  /** Jobs of this type one process runs at once, unless configured otherwise (see resolveJobConcurrency). */
  concurrency: number;
  /** Calls a model: then the model cap (default 10) applies, so a backlog never means as many model calls at once. */
  callsModel?: boolean;
  retry: RetryPolicy;
  run(context: JobContext): Promise<unknown>;
  /** Called once the job is dead-lettered, so the domain can record it (e.g. a document marked failed). */
  onDead?(payload: Record<string, unknown>, error: string): Promise<void>;
}

/** A failure that retrying cannot fix (bad input, unsupported file): the job fails at once. */
export class PermanentJobError extends Error {
  override name = "PermanentJobError";
}

export interface JobWorkerOptions {
  /** The alarm hook: called for every dead letter, after it is recorded and logged. */
  onDead?: (job: JobRecord) => void;
  /** Caps of concurrent jobs per type in this process; the handlers' own concurrency when absent. */
  concurrency?: JobConcurrency;
}

/**
 * Subscribes each handler to its queue and keeps Switchboard's job record in step with every
 * delivery: running → succeeded; failed at once for a permanent error; back to queued with a new
 * delayed message for a retry (throttling does not spend an attempt); dead once the attempts run out.
 */
export async function startJobWorkers(db: Database, queue: Queue, handlers: JobHandler[], logger: Logger, options: JobWorkerOptions = {}): Promise<void> {
  for (const handler of handlers) {
    const concurrency = options.concurrency ? resolveJobConcurrency(handler, options.concurrency) : handler.concurrency;
    await queue.work(handler.type, { concurrency }, (job) => deliver(db, queue, handler, job, logger, options));
  }
}

async function deliver(db: Database, queue: Queue, handler: JobHandler, job: QueuedJob, logger: Logger, options: JobWorkerOptions): Promise<void> {
  const record = await markJobRunning(db, job.id);
  if (!record) {
    logger.info({ jobId: job.id, type: handler.type }, "job already finished or unknown; delivery ignored");
    return;
  }
  const log = logger.child({ jobId: job.id, type: handler.type, attempt: record.attempts });
  const giveUp = async (error: string) => {
    await finishJob(db, job.id, { status: "dead", error });
    log.error({ error, attempts: record.attempts }, "job dead-lettered");
    await handler.onDead?.(job.payload, error).catch((failure: unknown) => log.warn({ err: failure }, "job's dead-letter hook failed"));
    options.onDead?.({ ...record, status: "dead", lastError: error });
  };
  if (record.attempts > handler.retry.maxAttempts) {
    // Every allowed attempt began and none answered: the worker died each time (the queue redelivered after the lease).
    await giveUp(record.lastError ?? `No attempt finished in ${handler.retry.maxAttempts} deliveries; the worker stopped during each`);
    return;
  }
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
    const retry = (delaySeconds: number, write: (tx: Queryable) => Promise<JobRecord | undefined>) =>
      writeJobAndSend(db, queue, async (tx) => {
        const requeued = await write(tx);
        return {
          value: requeued,
          message: requeued && { type: handler.type, payload: job.payload, options: { id: job.id, resend: true, delaySeconds, retryLimit: handler.retry.maxAttempts } },
        };
      });
    if (isThrottling(error) && record.throttledDeliveries < handler.retry.maxThrottledDeliveries) {
      const delaySeconds = retryDelaySeconds(handler.retry, record.throttledDeliveries + 2);
      await retry(delaySeconds, (tx) => requeueThrottledJob(tx, job.id, message));
      log.warn({ error: message, retryInSeconds: delaySeconds }, "job throttled by the model provider; re-queued without spending an attempt");
      return;
    }
    if (record.attempts >= handler.retry.maxAttempts) {
      await giveUp(message);
      return;
    }
    const delaySeconds = retryDelaySeconds(handler.retry, record.attempts + 1);
    await retry(delaySeconds, async (tx) => {
      await finishJob(tx, job.id, { status: "queued", error: message });
      return record;
    });
    log.warn({ error: message, retryInSeconds: delaySeconds }, "job attempt failed; retrying");
  }
}
