import { Hono } from "hono";
import { loadAnalyticsSummary } from "../../analytics/analytics-summary.ts";
import { analyticsTables, loadAnalyticsTable, type AnalyticsSettings, type AnalyticsTableName } from "../../analytics/analytics-tables.ts";
import type { Queryable } from "../../storage/database.ts";
import { notFound } from "../errors.ts";
import { csvResponse, readDateRange, readFormat } from "./analytics-query.ts";

export interface AnalyticsRouteDependencies {
  db: Queryable;
  /** Read per request: the budget may change while Switchboard runs. */
  settings: () => AnalyticsSettings;
  now?: () => Date;
}

const isTableName = (name: string): name is AnalyticsTableName => Object.hasOwn(analyticsTables, name);

/** `/v1/admin/analytics`: the summary of a date range, and each table as JSON or CSV. */
export function analyticsRoutes(deps: AnalyticsRouteDependencies): Hono {
  const app = new Hono();
  const now = deps.now ?? (() => new Date());

  app.get("/", async (context) => {
    const range = readDateRange(context, now());
    const { kpis, tables } = await loadAnalyticsSummary(deps.db, range, deps.settings());
    return context.json({ range: { from: range.from, to: range.to, days: range.days }, kpis, tables });
  });

  app.get("/:table", async (context) => {
    const name = context.req.param("table");
    if (!isTableName(name)) throw notFound(`Analytics table "${name}"`);
    const format = readFormat(context);
    const range = readDateRange(context, now());
    const rows = await loadAnalyticsTable(name, deps.db, range, deps.settings());
    const { title, columns } = analyticsTables[name];
    if (format === "csv") return csvResponse(context, name, range, columns, rows);
    return context.json({ range: { from: range.from, to: range.to, days: range.days }, table: name, title, columns, rows });
  });
  return app;
}
