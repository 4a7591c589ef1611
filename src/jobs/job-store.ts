import type { Queryable } from "../storage/database.ts";

export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "dead";

export interface JobRecord {
  id: string;
  type: string;
  status: JobStatus;
  payload: Record<string, unknown>;
  idempotencyKey: string | null;
  attempts: number;
  /** Deliveries that ended in model throttling; they are not counted in `attempts`. */
  throttledDeliveries: number;
  lastError: string | null;
  result: unknown;
  progress: unknown;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

interface JobRow {
  id: string;
  type: string;
  status: JobStatus;
  payload: Record<string, unknown>;
  idempotency_key: string | null;
  attempts: number;
  throttled_deliveries: number;
  last_error: string | null;
  result: unknown;
  progress: unknown;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const toJob = (row: JobRow): JobRecord => ({
  id: row.id,
  type: row.type,
  status: row.status,
  payload: row.payload,
  idempotencyKey: row.idempotency_key,
  attempts: row.attempts,
  throttledDeliveries: row.throttled_deliveries,
  lastError: row.last_error,
  result: row.result,
  progress: row.progress,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
});

/** Inserts a job record; with an idempotency key already used, returns the existing job instead. */
export async function insertJob(
  db: Queryable,
  job: { id: string; type: string; payload: Record<string, unknown>; idempotencyKey?: string; status?: JobStatus; result?: unknown },
): Promise<{ job: JobRecord; created: boolean }> {
  const inserted = await db.query<JobRow>(
    `INSERT INTO jobs (id, type, payload, idempotency_key, status, result, finished_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $5 IN ('succeeded', 'failed') THEN now() END)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING *`,
    [job.id, job.type, JSON.stringify(job.payload), job.idempotencyKey ?? null, job.status ?? "queued", job.result === undefined ? null : JSON.stringify(job.result)],
  );
  if (inserted.rows[0]) return { job: toJob(inserted.rows[0]), created: true };
  const existing = await db.query<JobRow>("SELECT * FROM jobs WHERE idempotency_key = $1", [job.idempotencyKey]);
  return { job: toJob(existing.rows[0]), created: false };
}

/** One job by id. */
export async function findJob(db: Queryable, id: string): Promise<JobRecord | undefined> {
  const result = await db.query<JobRow>("SELECT * FROM jobs WHERE id = $1", [id]);
  return result.rows[0] ? toJob(result.rows[0]) : undefined;
}

/**
 * Marks a delivery of the job as started and counts the attempt. Returns undefined when the job is
 * unknown or already finished (a redelivery after success must not run the work again).
 */
export async function markJobRunning(db: Queryable, id: string): Promise<JobRecord | undefined> {
  const result = await db.query<JobRow>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, started_at = now(), updated_at = now()
     WHERE id = $1 AND status IN ('queued', 'running') RETURNING *`,
    [id],
  );
  return result.rows[0] ? toJob(result.rows[0]) : undefined;
}

/** Records progress of a running job (e.g. `{step: "embedded", done: 10, total: 40}`). */
export async function recordJobProgress(db: Queryable, id: string, progress: unknown): Promise<void> {
  await db.query("UPDATE jobs SET progress = $2, updated_at = now() WHERE id = $1", [id, JSON.stringify(progress)]);
}

/** Ends a job: succeeded with a result, or failed / back to queued with the error. */
export async function finishJob(
  db: Queryable,
  id: string,
  outcome: { status: "succeeded"; result: unknown } | { status: "failed" | "queued" | "dead"; error: string },
): Promise<void> {
  if (outcome.status === "succeeded") {
    await db.query(
      "UPDATE jobs SET status = 'succeeded', result = $2, last_error = NULL, finished_at = now(), updated_at = now() WHERE id = $1",
      [id, JSON.stringify(outcome.result ?? null)],
    );
    return;
  }
  await db.query(
    `UPDATE jobs SET status = $2, last_error = $3, updated_at = now(),
            finished_at = CASE WHEN $2 = 'queued' THEN NULL ELSE now() END
     WHERE id = $1`,
    [id, outcome.status, outcome.error],
  );
}

/**
 * Puts a throttled delivery back in the queue without spending an attempt. Returns the job with
 * its throttled-delivery count, or undefined when it is no longer running.
 */
export async function requeueThrottledJob(db: Queryable, id: string, error: string): Promise<JobRecord | undefined> {
  const result = await db.query<JobRow>(
    `UPDATE jobs SET status = 'queued', attempts = greatest(attempts - 1, 0), throttled_deliveries = throttled_deliveries + 1,
            last_error = $2, updated_at = now()
     WHERE id = $1 AND status = 'running' RETURNING *`,
    [id, error],
  );
  return result.rows[0] ? toJob(result.rows[0]) : undefined;
}

/** Re-opens a dead or failed job for another round of attempts; undefined when the job is in another state. */
export async function reopenJob(db: Queryable, id: string): Promise<JobRecord | undefined> {
  const result = await db.query<JobRow>(
    `UPDATE jobs SET status = 'queued', attempts = 0, throttled_deliveries = 0, progress = NULL, finished_at = NULL, updated_at = now()
     WHERE id = $1 AND status IN ('dead', 'failed') RETURNING *`,
    [id],
  );
  return result.rows[0] ? toJob(result.rows[0]) : undefined;
}

/** Jobs newest first, optionally of one status and type. */
export async function listJobs(db: Queryable, filter: { status?: JobStatus; type?: string; limit: number }): Promise<JobRecord[]> {
  const result = await db.query<JobRow>(
    `SELECT * FROM jobs WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR type = $2)
     ORDER BY created_at DESC, id LIMIT $3`,
    [filter.status ?? null, filter.type ?? null, filter.limit],
  );
  return result.rows.map(toJob);
}

/** Several jobs by id, in no particular order (unknown ids are left out). */
export async function findJobs(db: Queryable, ids: string[]): Promise<JobRecord[]> {
  if (ids.length === 0) return [];
  const result = await db.query<JobRow>("SELECT * FROM jobs WHERE id = ANY($1::uuid[])", [ids]);
  return result.rows.map(toJob);
}

/** Whether a job has reached a state it leaves only by an admin's retry. */
export const isFinished = (status: JobStatus) => status === "succeeded" || status === "failed" || status === "dead";
