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
  createdAt?: Date;
}

interface WebhookDeliveryRow {
  event_id: string;
  event_type: string;
  url: string;
  attempt: number;
  status_code: number | null;
  error: string | null;
  created_at: Date;
}

/** Records one delivery attempt. */
export async function recordWebhookDelivery(db: Queryable, delivery: WebhookDelivery): Promise<void> {
  await db.query("INSERT INTO webhook_deliveries (id, event_id, event_type, url, attempt, status_code, error) VALUES ($1, $2, $3, $4, $5, $6, $7)", [
    randomUUID(),
    delivery.eventId,
    delivery.eventType,
    delivery.url,
    delivery.attempt,
    delivery.statusCode,
    delivery.error?.slice(0, 1000) ?? null,
  ]);
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
    createdAt: row.created_at,
  }));
}
