import { randomUUID } from "node:crypto";
import type { Database, Queryable } from "../storage/database.ts";
import { insertJob, type JobRecord } from "./job-store.ts";
import type { Queue, SendOptions } from "./queue.ts";

export interface EnqueueRequest {
  type: string;
  payload: Record<string, unknown>;
  idempotencyKey?: string;
  maxAttempts: number;
}

export interface JobMessage {
  type: string;
  payload: Record<string, unknown>;
  options: Omit<SendOptions, "transaction">;
}

/**
 * Writes a job record and sends the message that goes with it (none when `write` answers no
 * message). With a queue in the same database both commit in one transaction: a job can never be
 * queued without its message, nor a message exist without its record. A queue outside the database
 * (SQS) gets the message after the record commits, so a worker never receives a job whose record
 * it cannot see yet.
 */
export async function writeJobAndSend<T>(
  db: Database,
  queue: Queue,
  write: (tx: Queryable) => Promise<{ value: T; message?: JobMessage }>,
): Promise<T> {
  const outcome = await db.transaction(async (tx) => {
    const written = await write(tx);
    if (written.message && queue.transactionalSend) {
      await queue.send(written.message.type, written.message.payload, { ...written.message.options, transaction: tx });
    }
    return written;
  });
  if (outcome.message && !queue.transactionalSend) await queue.send(outcome.message.type, outcome.message.payload, outcome.message.options);
  return outcome.value;
}

/** Records a job and hands it to the queue; the same idempotency key answers the existing job. */
export async function enqueueJob(db: Database, queue: Queue, request: EnqueueRequest): Promise<{ job: JobRecord; created: boolean }> {
  return writeJobAndSend(db, queue, async (tx) => {
    const inserted = await insertJob(tx, { id: randomUUID(), type: request.type, payload: request.payload, idempotencyKey: request.idempotencyKey });
    return {
      value: inserted,
      message: inserted.created ? { type: request.type, payload: request.payload, options: { id: inserted.job.id, retryLimit: request.maxAttempts } } : undefined,
    };
  });
}
