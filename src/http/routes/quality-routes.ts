import { Hono } from "hono";
import { z } from "zod";
import { qualityRuleNames } from "../../analytics/quality-rules.ts";
import { qualityReport, type ConversationQuality } from "../../analytics/quality-store.ts";
import type { TableColumn, TableRow } from "../../analytics/table-csv.ts";
import type { Queryable } from "../../storage/database.ts";
import { parseWith } from "../validate.ts";
import { csvResponse, readDateRange, readFormat } from "./analytics-query.ts";

const limitSchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

const csvColumns: TableColumn[] = [
  { key: "conversationId", header: "Conversation" },
  { key: "startedAt", header: "Started" },
  { key: "status", header: "Status" },
  { key: "language", header: "Language" },
  { key: "score", header: "Score" },
  ...qualityRuleNames.map((rule) => ({ key: rule, header: `Points: ${rule}` })),
  { key: "firstQuestion", header: "First question" },
];

/** One CSV row per conversation: each rule's points in its own column (empty when it did not apply). */
const toCsvRow = (item: ConversationQuality): TableRow => ({
  conversationId: item.conversationId,
  startedAt: item.startedAt,
  status: item.status,
  language: item.language,
  score: item.score,
  firstQuestion: item.firstQuestion,
  ...Object.fromEntries(item.rules.map((rule) => [rule.rule, rule.applicable ? rule.points : null])),
});

/** `/v1/admin/quality`: deterministic quality scores per conversation (worst first) and their daily trend. */
export function qualityRoutes(deps: { db: Queryable; now?: () => Date }): Hono {
  const app = new Hono();
  const now = deps.now ?? (() => new Date());
  app.get("/", async (context) => {
    const { limit } = parseWith(limitSchema, { limit: context.req.query("limit") || undefined }, "query");
    const format = readFormat(context);
    const range = readDateRange(context, now());
    const report = await qualityReport(deps.db, range, { limit });
    if (format === "csv") return csvResponse(context, "quality", range, csvColumns, report.list.map(toCsvRow));
    return context.json({ range: { from: range.from, to: range.to, days: range.days }, ...report });
  });
  return app;
}
