import { randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";

/** One administrative change: who did what to which thing, with short before/after summaries. */
export interface AuditEntry {
  id: string;
  actor: string;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
  at: Date;
}

export interface AuditRecord {
  actor: string;
  /** Dotted, past tense: `user.created`, `settings.updated`, `api_token.revoked`, `job.retried`. */
  action: string;
  target?: string;
  before?: unknown;
  after?: unknown;
}

/** Appends an entry; the log is never updated or deleted through the API. */
export async function recordAudit(db: Queryable, record: AuditRecord): Promise<AuditEntry> {
  return (
    await db.query<AuditEntry>("INSERT INTO audit_log (id, actor, action, target, before, after) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *", [
      randomUUID(),
      record.actor,
      record.action,
      record.target ?? null,
      record.before === undefined ? null : JSON.stringify(record.before),
      record.after === undefined ? null : JSON.stringify(record.after),
    ])
  ).rows[0];
}

/** Entries newest first, optionally of one action or target, before a point in time (for paging). */
export async function listAudit(db: Queryable, filter: { limit: number; action?: string; target?: string; before?: Date }): Promise<AuditEntry[]> {
  const result = await db.query<AuditEntry>(
    `SELECT * FROM audit_log
     WHERE ($1::text IS NULL OR action = $1) AND ($2::text IS NULL OR target = $2) AND ($3::timestamptz IS NULL OR at < $3)
     ORDER BY at DESC, id LIMIT $4`,
    [filter.action ?? null, filter.target ?? null, filter.before ?? null, filter.limit],
  );
  return result.rows;
}
