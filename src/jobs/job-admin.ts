import type { Database } from "../storage/database.ts";
import { writeJobAndSend } from "./enqueue-job.ts";
import { findJob, listJobs, reopenJob, type JobRecord, type JobStatus } from "./job-store.ts";
import type { Queue } from "./queue.ts";
import { defaultRetryPolicy, type RetryPolicy } from "./retry-policy.ts";

export type RetryOutcome = { retried: JobRecord } | { conflict: JobRecord } | { notFound: true };

/** What an admin does with jobs: look at them (dead letters above all) and send a dead or failed one round again. */
export function createJobAdmin(deps: { db: Database; queue: Queue; retryPolicies: Record<string, RetryPolicy> }) {
  return {
    list: (filter: { status?: JobStatus; type?: string; limit: number }) => listJobs(deps.db, filter),

    /** Re-opens a dead or failed job (attempts from zero) and queues it again. */
    async retry(id: string): Promise<RetryOutcome> {
      const existing = await findJob(deps.db, id);
      if (!existing) return { notFound: true };
      const maxAttempts = (deps.retryPolicies[existing.type] ?? defaultRetryPolicy).maxAttempts;
      const reopened = await writeJobAndSend(deps.db, deps.queue, async (tx) => {
        const job = await reopenJob(tx, id);
        return { value: job, message: job && { type: job.type, payload: job.payload, options: { id, resend: true, retryLimit: maxAttempts } } };
      });
      if (reopened) return { retried: reopened };
      return { conflict: (await findJob(deps.db, id)) ?? existing };
    },
  };
}

export type JobAdmin = ReturnType<typeof createJobAdmin>;
