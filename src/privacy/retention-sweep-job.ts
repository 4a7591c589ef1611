import type { JobHandler } from "../jobs/job-runner.ts";
import type { RetryPolicy } from "../jobs/retry-policy.ts";
import type { BlobStore } from "../storage/blobs/blob-store.ts";
import type { Database } from "../storage/database.ts";
import { sweepExpiredConversations } from "./retention-sweep.ts";

export const retentionSweepJobType = "retention.sweep";

/** The `retention.sweep` job: scheduled daily; its result counts what it deleted. */
export function createRetentionSweepJob(deps: { db: Database; blobs: BlobStore; days: number; retry: RetryPolicy }): JobHandler {
  return {
    type: retentionSweepJobType,
    concurrency: 1,
    retry: deps.retry,
    async run(context) {
      const result = await sweepExpiredConversations(deps, { days: deps.days });
      await context.progress({ step: "swept", ...result });
      return { retentionDays: deps.days, ...result };
    },
  };
}
