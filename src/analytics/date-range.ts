import { z } from "zod";

/** A span of whole UTC days, both ends included; `start`/`end` bound queries as [start, end). */
export interface DateRange {
  from: string;
  to: string;
  start: Date;
  end: Date;
  days: number;
}

export const defaultRangeDays = 30;
/** Rollups scan the range: a year is the most one request may ask for. */
export const maxRangeDays = 366;

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

const day = z.iso.date({ error: "must be a date as YYYY-MM-DD" }).optional();
const rangeQuerySchema = z.object({ from: day, to: day });

/**
 * Reads `from`/`to` (YYYY-MM-DD, UTC) from a query: either may be left out, defaulting to the last
 * 30 days up to `today`, or 30 days from/to the one given. Answers the issues when the dates are
 * malformed, reversed or further apart than `maxRangeDays`.
 */
export function parseDateRange(query: Record<string, string | undefined>, today: Date): { range: DateRange } | { issues: string[] } {
  const parsed = rangeQuerySchema.safeParse({ from: query.from || undefined, to: query.to || undefined });
  if (!parsed.success) return { issues: parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`) };
  const { from, to } = parsed.data;
  const span = (defaultRangeDays - 1) * dayMs;
  const end = to ? startOfDay(to) : from ? new Date(startOfDay(from).getTime() + span) : startOfDay(isoDay(today));
  const start = from ? startOfDay(from) : new Date(end.getTime() - span);
  const days = Math.round((end.getTime() - start.getTime()) / dayMs) + 1;
  if (days < 1) return { issues: ["from must not be after to"] };
  if (days > maxRangeDays) return { issues: [`the range spans ${days} days; at most ${maxRangeDays} are allowed`] };
  return { range: { from: isoDay(start), to: isoDay(end), start, end: new Date(end.getTime() + dayMs), days } };
}

/** Every day of the range as YYYY-MM-DD, so that series show the quiet days as zeros. */
export function daysOf(range: DateRange): string[] {
  return Array.from({ length: range.days }, (_, index) => isoDay(new Date(range.start.getTime() + index * dayMs)));
}
