import type { BudgetState } from "./model-gateway.ts";

export interface Clock {
  now(): number;
}

/** The budget tier for what is left of a daily budget. */
export function budgetTier(limitUsd: number | undefined, spentUsd: number): BudgetState["tier"] {
  if (limitUsd === undefined) return "normal";
  const left = (limitUsd - spentUsd) / limitUsd;
  if (left <= 0) return "exhausted";
  if (left < 0.1) return "cheapest";
  if (left < 0.3) return "economy";
  return "normal";
}

const utcDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** Today's model spending (UTC day) against an optional daily limit, kept in memory. */
export function createDailyBudget(options: { limitUsd?: number; spentTodayUsd: number; clock: Clock }) {
  let limitUsd = options.limitUsd;
  let day = utcDay(options.clock.now());
  let spentUsd = options.spentTodayUsd;
  const rollOver = () => {
    const today = utcDay(options.clock.now());
    if (today !== day) {
      day = today;
      spentUsd = 0;
    }
  };
  return {
    add(costUsd: number): void {
      rollOver();
      spentUsd += costUsd;
    },
    setLimit(limit: number | undefined): void {
      limitUsd = limit;
    },
    state(): BudgetState {
      rollOver();
      const remainingUsd = limitUsd === undefined ? null : Math.max(0, limitUsd - spentUsd);
      return {
        day,
        spentUsd: Math.round(spentUsd * 1e8) / 1e8,
        limitUsd: limitUsd ?? null,
        remainingUsd: remainingUsd === null ? null : Math.round(remainingUsd * 1e8) / 1e8,
        remainingFraction: limitUsd === undefined || remainingUsd === null ? null : Math.round((remainingUsd / limitUsd) * 1e6) / 1e6,
        tier: budgetTier(limitUsd, spentUsd),
      };
    },
  };
}

export type DailyBudget = ReturnType<typeof createDailyBudget>;

/** Start of the current UTC day, for seeding the budget from stored calls. */
export const startOfUtcDay = (epochMs: number) => new Date(`${utcDay(epochMs)}T00:00:00.000Z`);
