import { randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";

/** A URL that receives signed domain events of the listed types. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: string[];
  secret: string;
  /** `environment`: configured by SWITCHBOARD_WEBHOOK_URLS, changed only there. */
  source: "admin" | "environment";
  createdAt: Date;
}

interface WebhookEndpointRow {
  id: string;
  url: string;
  events: string[];
  secret: string;
  source: "admin" | "environment";
  created_at: Date;
}

const toEndpoint = (row: WebhookEndpointRow): WebhookEndpoint => ({
  id: row.id,
  url: row.url,
  events: row.events,
  secret: row.secret,
  source: row.source,
  createdAt: row.created_at,
});

/** A new signing secret: 32 random bytes, prefixed so it is recognisable in a secrets store. */
export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

/** Registers an endpoint. */
export async function createWebhookEndpoint(db: Queryable, endpoint: { url: string; events: string[]; secret: string }): Promise<WebhookEndpoint> {
  const result = await db.query<WebhookEndpointRow>("INSERT INTO webhook_endpoints (id, url, events, secret) VALUES ($1, $2, $3, $4) RETURNING *", [
    randomUUID(),
    endpoint.url,
    endpoint.events,
    endpoint.secret,
  ]);
  return toEndpoint(result.rows[0]);
}

/** Every endpoint, oldest first. */
export async function listWebhookEndpoints(db: Queryable): Promise<WebhookEndpoint[]> {
  const result = await db.query<WebhookEndpointRow>("SELECT * FROM webhook_endpoints ORDER BY created_at, id");
  return result.rows.map(toEndpoint);
}

/** One endpoint by id. */
export async function findWebhookEndpoint(db: Queryable, id: string): Promise<WebhookEndpoint | undefined> {
  const result = await db.query<WebhookEndpointRow>("SELECT * FROM webhook_endpoints WHERE id = $1", [id]);
  return result.rows[0] ? toEndpoint(result.rows[0]) : undefined;
}

/** The endpoints that listen to events of this type. */
export async function webhookEndpointsFor(db: Queryable, eventType: string): Promise<WebhookEndpoint[]> {
  const result = await db.query<WebhookEndpointRow>("SELECT * FROM webhook_endpoints WHERE $1 = ANY(events) ORDER BY created_at, id", [eventType]);
  return result.rows.map(toEndpoint);
}

/** Deletes an admin-registered endpoint; answers what it found (an environment endpoint is left alone). */
export async function deleteWebhookEndpoint(db: Queryable, id: string): Promise<"deleted" | "environment" | "not_found"> {
  const deleted = await db.query("DELETE FROM webhook_endpoints WHERE id = $1 AND source = 'admin'", [id]);
  if (deleted.rowCount > 0) return "deleted";
  return (await findWebhookEndpoint(db, id)) ? "environment" : "not_found";
}

/**
 * Makes the environment's endpoints those configured now: one per URL with the configured secret
 * and events; URLs no longer configured are removed. Safe when several processes start at once.
 */
export async function syncEnvironmentWebhookEndpoints(db: Queryable, configured: { urls: readonly string[]; secret: string; events: readonly string[] } | undefined): Promise<void> {
  const urls = configured?.urls ?? [];
  await db.query("DELETE FROM webhook_endpoints WHERE source = 'environment' AND NOT (url = ANY($1::text[]))", [urls]);
  for (const url of urls) {
    await db.query(
      `INSERT INTO webhook_endpoints (id, url, events, secret, source) VALUES ($1, $2, $3, $4, 'environment')
       ON CONFLICT (url) WHERE source = 'environment' DO UPDATE SET events = excluded.events, secret = excluded.secret`,
      [randomUUID(), url, configured!.events, configured!.secret],
    );
  }
}
