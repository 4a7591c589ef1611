import { randomUUID } from "node:crypto";
import type { Database } from "../storage/database.ts";
import { insertJob, type JobRecord } from "./job-store.ts";
import type { Queue } from "./queue.ts";

export interface EnqueueRequest {
  type: string;
  payload: Record<string, unknown>;
  idempotencyKey?: string;
  maxAttempts: number;
}

/**
 * Records a job and hands it to the queue. With a queue in the same database both commit in one
 * transaction: an accepted job can never exist without its message, nor a message without its record.
 */
export async function enqueueJob(db: Database, queue: Queue, request: EnqueueRequest): Promise<{ job: JobRecord; created: boolean }> {
  const outcome = await db.transaction(async (tx) => {
    const inserted = await insertJob(tx, { id: randomUUID(), type: request.type, payload: request.payload, idempotencyKey: request.idempotencyKey });
    if (inserted.created && queue.transactionalSend) {
      await queue.send(request.type, request.payload, { id: inserted.job.id, retryLimit: request.maxAttempts - 1, transaction: tx });
    }
    return inserted;
  });
  // A queue outside the database (SQS) gets the message after the record commits, so a worker never
  // receives a job whose record it cannot see yet.
  if (outcome.created && !queue.transactionalSend) {
    await queue.send(request.type, request.payload, { id: outcome.job.id, retryLimit: request.maxAttempts - 1 });
  }
  return outcome;
}
