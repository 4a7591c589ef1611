import { randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";

/** One attempt to deliver an event to a webhook URL. */
export interface WebhookDelivery {
  eventId: string;
  eventType: string;
  url: string;
  attempt: number;
  /** The receiver's HTTP status; null when no answer came (refused, timed out). */
  statusCode: number | null;
  error: string | null;
  /** How long the receiver took to answer (or to fail). */
  durationMs: number | null;
  endpointId: string | null;
  /** The `webhook.deliver` job that made the attempt. */
  jobId: string | null;
  createdAt?: Date;
}

interface WebhookDeliveryRow {
  event_id: string;
  event_type: string;
  url: string;
  attempt: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number | null;
  endpoint_id: string | null;
  job_id: string | null;
  created_at: Date;
}

/** Records one delivery attempt. */
export async function recordWebhookDelivery(db: Queryable, delivery: WebhookDelivery): Promise<void> {
  await db.query(
    `INSERT INTO webhook_deliveries (id, event_id, event_type, url, attempt, status_code, error, duration_ms, endpoint_id, job_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      randomUUID(),
      delivery.eventId,
      delivery.eventType,
      delivery.url,
      delivery.attempt,
      delivery.statusCode,
      delivery.error?.slice(0, 1000) ?? null,
      delivery.durationMs,
      delivery.endpointId,
      delivery.jobId,
    ],
  );
}

/** The latest delivery attempts, newest first. */
export async function listWebhookDeliveries(db: Queryable, limit: number): Promise<WebhookDelivery[]> {
  const result = await db.query<WebhookDeliveryRow>("SELECT * FROM webhook_deliveries ORDER BY created_at DESC, attempt DESC LIMIT $1", [limit]);
  return result.rows.map((row) => ({
    eventId: row.event_id,
    eventType: row.event_type,
    url: row.url,
    attempt: row.attempt,
    statusCode: row.status_code,
    error: row.error,
    durationMs: row.duration_ms,
    endpointId: row.endpoint_id,
    jobId: row.job_id,
    createdAt: row.created_at,
  }));
}
