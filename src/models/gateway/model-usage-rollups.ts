import type { Queryable } from "../../storage/database.ts";

export type UsageGrouping = "model" | "day" | "task";

export interface UsageRollup {
  group: string;
  calls: number;
  failedCalls: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  latencyMs: { p50: number | null; p95: number | null };
}

// Grouping columns are chosen from this table, never from input, so they can sit in the SQL text.
const groupExpressions: Record<UsageGrouping, string> = {
  model: "model_id",
  task: "task",
  day: "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
};

/** Calls, tokens, cost and latency percentiles of the metered model calls in [from, to), per group. */
export async function rollUpModelUsage(db: Queryable, range: { from: Date; to: Date; groupBy: UsageGrouping }): Promise<UsageRollup[]> {
  const group = groupExpressions[range.groupBy];
  const result = await db.query<Record<string, string | number | null>>(
    `SELECT ${group} AS grp,
            count(*)::int AS calls,
            count(*) FILTER (WHERE outcome <> 'success')::int AS failed,
            coalesce(sum(input_tokens), 0)::bigint::text AS input_tokens,
            coalesce(sum(output_tokens), 0)::bigint::text AS output_tokens,
            coalesce(sum(cache_read_tokens), 0)::bigint::text AS cache_read_tokens,
            coalesce(sum(cache_write_tokens), 0)::bigint::text AS cache_write_tokens,
            coalesce(sum(cost_usd), 0)::text AS cost,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
       FROM model_calls
      WHERE created_at >= $1 AND created_at < $2
      GROUP BY grp
      ORDER BY grp`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  const latency = (value: string | number | null) => (value === null ? null : Math.round(Number(value)));
  return result.rows.map((row) => ({
    group: String(row.grp),
    calls: Number(row.calls),
    failedCalls: Number(row.failed),
    inputTokens: Number(row.input_tokens),
    outputTokens: Number(row.output_tokens),
    cacheReadTokens: Number(row.cache_read_tokens),
    cacheWriteTokens: Number(row.cache_write_tokens),
    costUsd: Number(row.cost),
    latencyMs: { p50: latency(row.p50), p95: latency(row.p95) },
  }));
}
