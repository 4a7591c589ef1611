import type { Queryable } from "../../storage/database.ts";
import type { DateRange } from "../date-range.ts";
import { toNumber } from "./sql-fragments.ts";

export interface CsatBucket {
  rating: number;
  responses: number;
}

/** How many ratings of each star value (1–5) were given in the range; every value has a row. */
export async function csatDistribution(db: Queryable, range: DateRange): Promise<CsatBucket[]> {
  const result = await db.query<{ rating: number; responses: number }>(
    "SELECT rating::int AS rating, count(*)::int AS responses FROM csat WHERE created_at >= $1 AND created_at < $2 GROUP BY rating",
    [range.start, range.end],
  );
  const byRating = new Map(result.rows.map((row) => [Number(row.rating), toNumber(row.responses) ?? 0]));
  return [1, 2, 3, 4, 5].map((rating) => ({ rating, responses: byRating.get(rating) ?? 0 }));
}

export interface ThumbsCount {
  value: "up" | "down";
  answers: number;
}

/** Thumbs up and down on answers, given in the range. */
export async function thumbs(db: Queryable, range: DateRange): Promise<ThumbsCount[]> {
  const result = await db.query<{ value: "up" | "down"; answers: number }>(
    "SELECT value, count(*)::int AS answers FROM message_feedback WHERE created_at >= $1 AND created_at < $2 GROUP BY value",
    [range.start, range.end],
  );
  const byValue = new Map(result.rows.map((row) => [row.value, toNumber(row.answers) ?? 0]));
  return (["up", "down"] as const).map((value) => ({ value, answers: byValue.get(value) ?? 0 }));
}
