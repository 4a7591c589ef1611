import type { Queryable } from "../storage/database.ts";
import { randomSecret } from "./secret-hash.ts";

export interface WidgetSite {
  id: string;
  name: string;
  allowedOrigins: string[];
  createdAt: Date;
}

interface WidgetSiteRow {
  id: string;
  name: string;
  allowed_origins: string[];
  secret: string;
  created_at: Date;
}

const toSite = (row: WidgetSiteRow): WidgetSite => ({ id: row.id, name: row.name, allowedOrigins: row.allowed_origins ?? [], createdAt: row.created_at });

/** Registers a site that embeds the widget; its identity secret is answered here, for the host's backend. */
export async function createWidgetSite(db: Queryable, input: { name: string; allowedOrigins: string[] }): Promise<WidgetSite & { secret: string }> {
  const secret = randomSecret();
  const result = await db.query<WidgetSiteRow>("INSERT INTO widget_sites (id, name, allowed_origins, secret) VALUES ($1, $2, $3, $4) RETURNING *", [
    `site_${randomSecret(9)}`,
    input.name,
    JSON.stringify(input.allowedOrigins),
    secret,
  ]);
  return { ...toSite(result.rows[0]), secret };
}

/** Every site, oldest first (without secrets). */
export async function listWidgetSites(db: Queryable): Promise<WidgetSite[]> {
  return (await db.query<WidgetSiteRow>("SELECT * FROM widget_sites ORDER BY created_at")).rows.map(toSite);
}

/** One site with its secret, for checking identities. */
export async function findWidgetSite(db: Queryable, id: string): Promise<(WidgetSite & { secret: string }) | undefined> {
  const row = (await db.query<WidgetSiteRow>("SELECT * FROM widget_sites WHERE id = $1", [id])).rows[0];
  return row && { ...toSite(row), secret: row.secret };
}

/** Removes a site; its conversations keep their verified e-mail. */
export async function deleteWidgetSite(db: Queryable, id: string): Promise<boolean> {
  return (await db.query("DELETE FROM widget_sites WHERE id = $1", [id])).rowCount > 0;
}
