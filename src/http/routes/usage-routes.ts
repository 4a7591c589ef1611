import { Hono } from "hono";
import { z } from "zod";
import type { BudgetState } from "../../models/gateway/model-gateway.ts";
import { rollUpModelUsage } from "../../models/gateway/model-usage-rollups.ts";
import type { Queryable } from "../../storage/database.ts";
import { badRequest } from "../errors.ts";
import { parseWith } from "../validate.ts";

const dayMs = 24 * 60 * 60 * 1000;

export const usageQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  groupBy: z.enum(["model", "day", "task"]).default("day"),
});

/** `/v1/admin/usage` (metered model calls rolled up) and `/v1/admin/budget` (today's spending). */
export function usageRoutes(deps: { db: Queryable; budget: () => BudgetState }): Hono {
  const app = new Hono();
  app.get("/usage", async (context) => {
    const query = parseWith(usageQuerySchema, context.req.query(), "query");
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * dayMs);
    if (from >= to) throw badRequest("invalid_range", "from must be before to");
    const groups = await rollUpModelUsage(deps.db, { from, to, groupBy: query.groupBy });
    return context.json({ from: from.toISOString(), to: to.toISOString(), groupBy: query.groupBy, groups });
  });
  app.get("/budget", (context) => context.json(deps.budget()));
  return app;
}
