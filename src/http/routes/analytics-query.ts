import type { Context } from "hono";
import { z } from "zod";
import { parseDateRange, type DateRange } from "../../analytics/date-range.ts";
import { tableToCsv, type TableColumn, type TableRow } from "../../analytics/table-csv.ts";
import { badRequest } from "../errors.ts";
import { parseWith } from "../validate.ts";

/** The `from`/`to` of an analytics request; 400 with the problems when they make no range. */
export function readDateRange(context: Context, now: Date): DateRange {
  const parsed = parseDateRange({ from: context.req.query("from"), to: context.req.query("to") }, now);
  if ("issues" in parsed) throw badRequest("invalid_date_range", `Invalid date range: ${parsed.issues.join("; ")}`, { issues: parsed.issues });
  return parsed.range;
}

const formatSchema = z.object({ format: z.enum(["json", "csv"]).default("json") });

/** `?format=json|csv` (json when absent). */
export const readFormat = (context: Context) => parseWith(formatSchema, { format: context.req.query("format") || undefined }, "query").format;

/** A CSV download of a table, named after it and the range. */
export function csvResponse(context: Context, name: string, range: DateRange, columns: readonly TableColumn[], rows: readonly TableRow[]): Response {
  return context.body(tableToCsv(columns, rows), 200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="switchboard-${name}-${range.from}-to-${range.to}.csv"`,
    "cache-control": "no-store",
  });
}
