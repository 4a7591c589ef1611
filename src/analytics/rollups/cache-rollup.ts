import type { Queryable } from "../../storage/database.ts";
import { daysOf, type DateRange } from "../date-range.ts";
import { isModelAnswer, roundTo, toNumber, utcDay } from "./sql-fragments.ts";

export interface CacheHits {
  day: string;
  answers: number;
  exactHits: number;
  semanticHits: number;
  /** Share of answers served from the response cache; null on a day without answers. */
  hitRate: number | null;
}

/** Answers served from the response cache (exact or semantic) per day. */
export async function responseCacheHits(db: Queryable, range: DateRange): Promise<CacheHits[]> {
  const result = await db.query<{ day: string; answers: number; exact_hits: number; semantic_hits: number }>(
    `SELECT ${utcDay("m.created_at")} AS day, count(*)::int AS answers,
       count(*) FILTER (WHERE m.response_cache = 'exact')::int AS exact_hits, count(*) FILTER (WHERE m.response_cache = 'semantic')::int AS semantic_hits
     FROM messages m WHERE m.created_at >= $1 AND m.created_at < $2 AND ${isModelAnswer("m")}
     GROUP BY 1`,
    [range.start, range.end],
  );
  const byDay = new Map(result.rows.map((row) => [row.day, row]));
  return daysOf(range).map((day) => {
    const row = byDay.get(day);
    const answers = toNumber(row?.answers) ?? 0;
    const exactHits = toNumber(row?.exact_hits) ?? 0;
    const semanticHits = toNumber(row?.semantic_hits) ?? 0;
    return { day, answers, exactHits, semanticHits, hitRate: answers ? roundTo((exactHits + semanticHits) / answers, 4) : null };
  });
}
