import { rollUpModelUsage, type UsageRollup } from "../../models/gateway/model-usage-rollups.ts";
import type { Queryable } from "../../storage/database.ts";
import { daysOf, type DateRange } from "../date-range.ts";
import { roundTo } from "./sql-fragments.ts";

export interface ModelUsage {
  model: string;
  calls: number;
  failedCalls: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  latencyP50: number | null;
  latencyP95: number | null;
}

const toUsage = (rollup: UsageRollup | undefined) => ({
  calls: rollup?.calls ?? 0,
  failedCalls: rollup?.failedCalls ?? 0,
  inputTokens: rollup?.inputTokens ?? 0,
  outputTokens: rollup?.outputTokens ?? 0,
  cacheReadTokens: rollup?.cacheReadTokens ?? 0,
  cacheWriteTokens: rollup?.cacheWriteTokens ?? 0,
  costUsd: roundTo(rollup?.costUsd ?? 0, 6) ?? 0,
  latencyP50: rollup?.latencyMs.p50 ?? null,
  latencyP95: rollup?.latencyMs.p95 ?? null,
});

/** Model calls (every attempt, failed ones too), tokens and cost per model, costliest first, from the gateway's meter. */
export async function usageByModel(db: Queryable, range: DateRange): Promise<ModelUsage[]> {
  const rollups = await rollUpModelUsage(db, { from: range.start, to: range.end, groupBy: "model" });
  return rollups.map((rollup) => ({ model: rollup.group, ...toUsage(rollup) })).sort((a, b) => b.costUsd - a.costUsd || a.model.localeCompare(b.model));
}

export interface DailyUsage extends Omit<ModelUsage, "model"> {
  day: string;
  budgetUsd: number | null;
  /** Share of the daily budget spent (1 = all of it); null without a budget. */
  budgetUsed: number | null;
}

/** Model calls, tokens and cost per UTC day, against the daily budget when one is set. */
export async function usageByDay(db: Queryable, range: DateRange, dailyBudgetUsd: number | undefined): Promise<DailyUsage[]> {
  const rollups = await rollUpModelUsage(db, { from: range.start, to: range.end, groupBy: "day" });
  const byDay = new Map(rollups.map((rollup) => [rollup.group, rollup]));
  return daysOf(range).map((day) => {
    const usage = toUsage(byDay.get(day));
    const budgetUsd = dailyBudgetUsd ?? null;
    return { day, ...usage, budgetUsd, budgetUsed: budgetUsd ? roundTo(usage.costUsd / budgetUsd, 4) : null };
  });
}
