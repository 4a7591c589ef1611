import { Hono } from "hono";
import { z } from "zod";
import { listAudit } from "../../privacy/audit-log.ts";
import type { Queryable } from "../../storage/database.ts";
import { parseWith } from "../validate.ts";

const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  action: z.string().min(1).max(100).optional(),
  target: z.string().min(1).max(300).optional(),
  before: z.iso.datetime({ offset: true }).transform((value) => new Date(value)).optional(),
});

/** `GET /v1/admin/audit`: who changed settings, users, roles, tokens and jobs, newest first (admin). */
export function auditRoutes(db: Queryable): Hono {
  const app = new Hono();
  app.get("/", async (context) => {
    const query = parseWith(auditQuerySchema, context.req.query(), "query");
    const entries = await listAudit(db, query);
    return context.json({ entries: entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })) });
  });
  return app;
}
