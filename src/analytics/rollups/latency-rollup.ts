import type { Queryable } from "../../storage/database.ts";
import { daysOf, type DateRange } from "../date-range.ts";
import { isModelAnswer, roundTo, toNumber, utcDay } from "./sql-fragments.ts";

export interface LatencyPercentiles {
  /** A day (YYYY-MM-DD), or "all" for the whole range. */
  day: string;
  answers: number;
  latencyP50: number | null;
  latencyP95: number | null;
  latencyP99: number | null;
  firstTokenP50: number | null;
  firstTokenP95: number | null;
  firstTokenP99: number | null;
}

interface LatencyRow {
  day: string | null;
  answers: number;
  latency: number[] | null;
  first_token: number[] | null;
}

const percentiles = "ARRAY[0.5, 0.95, 0.99]";

/**
 * Answer latency (message in → answer stored) and time to first token, p50/p95/p99 in ms
 * (interpolated, percentile_cont), per day and over the whole range: the first row is "all".
 */
export async function latencyPercentiles(db: Queryable, range: DateRange): Promise<LatencyPercentiles[]> {
  const result = await db.query<LatencyRow>(
    `SELECT ${utcDay("m.created_at")} AS day, count(*)::int AS answers,
       percentile_cont(${percentiles}) WITHIN GROUP (ORDER BY m.latency_ms) AS latency,
       percentile_cont(${percentiles}) WITHIN GROUP (ORDER BY m.first_token_ms) AS first_token
     FROM messages m
     WHERE m.created_at >= $1 AND m.created_at < $2 AND ${isModelAnswer("m")} AND m.status = 'complete' AND m.latency_ms IS NOT NULL
     GROUP BY GROUPING SETS ((1), ())`,
    [range.start, range.end],
  );
  const toPercentiles = (day: string, row: LatencyRow | undefined): LatencyPercentiles => {
    const latency = row?.latency ?? [];
    const firstToken = row?.first_token ?? [];
    const at = (values: number[], index: number) => roundTo(toNumber(values[index]), 1);
    return {
      day,
      answers: toNumber(row?.answers) ?? 0,
      latencyP50: at(latency, 0),
      latencyP95: at(latency, 1),
      latencyP99: at(latency, 2),
      firstTokenP50: at(firstToken, 0),
      firstTokenP95: at(firstToken, 1),
      firstTokenP99: at(firstToken, 2),
    };
  };
  const byDay = new Map(result.rows.filter((row) => row.day !== null).map((row) => [row.day!, row]));
  return [toPercentiles("all", result.rows.find((row) => row.day === null)), ...daysOf(range).map((day) => toPercentiles(day, byDay.get(day)))];
}
