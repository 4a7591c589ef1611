import { describe, expect, it } from "vitest";
import { ModelError } from "../model-port.ts";
import { chainForBudget, cheapestModel } from "./budget-routing.ts";
import { budgetTier, createDailyBudget } from "./daily-budget.ts";
import { parseRoutingPolicy } from "./load-routing-policy.ts";

describe("budgetTier", () => {
  it("has no tiers without a limit", () => expect(budgetTier(undefined, 1e9)).toBe("normal"));
  it("switches at 30 %, 10 % and 0 left", () => {
    expect(budgetTier(10, 6.9)).toBe("normal");
    expect(budgetTier(10, 7.1)).toBe("economy");
    expect(budgetTier(10, 9.1)).toBe("cheapest");
    expect(budgetTier(10, 10)).toBe("exhausted");
    expect(budgetTier(10, 12)).toBe("exhausted");
  });
});

describe("createDailyBudget", () => {
  it("adds spending and starts again on a new UTC day", () => {
    let now = Date.parse("2026-03-01T23:59:00Z");
    const budget = createDailyBudget({ limitUsd: 5, spentTodayUsd: 1, clock: { now: () => now } });
    budget.add(2.6);
    expect(budget.state()).toMatchObject({ day: "2026-03-01", spentUsd: 3.6, remainingUsd: 1.4, tier: "economy" });
    expect(budget.state().remainingFraction).toBeCloseTo(0.28, 10);
    now = Date.parse("2026-03-02T00:00:01Z");
    expect(budget.state()).toMatchObject({ day: "2026-03-02", spentUsd: 0, remainingUsd: 5, tier: "normal" });
  });

  it("reports an unlimited budget as nulls", () => {
    const budget = createDailyBudget({ spentTodayUsd: 3, clock: { now: () => 0 } });
    expect(budget.state()).toMatchObject({ spentUsd: 3, limitUsd: null, remainingUsd: null, remainingFraction: null, tier: "normal" });
  });
});

describe("chainForBudget", () => {
  const policy = parseRoutingPolicy();

  it("keeps every chain at the normal tier", () => {
    expect(chainForBudget(policy, "answer.complex", "normal")).toEqual(policy.tasks["answer.complex"].models);
  });

  it("moves complex answers to the simple chain below 30 % and leaves other tasks alone", () => {
    expect(chainForBudget(policy, "answer.complex", "economy")).toEqual(policy.tasks["answer.simple"].models);
    expect(chainForBudget(policy, "suggest_reply", "economy")).toEqual(policy.tasks.suggest_reply.models);
  });

  it("puts the cheapest model first below 10 %, except for tasks that never degrade", () => {
    const cheapest = cheapestModel(policy);
    expect(cheapest).toBe("us.anthropic.claude-3-5-haiku-20241022-v1:0");
    expect(chainForBudget(policy, "answer.complex", "cheapest")[0]).toBe(cheapest);
    expect(chainForBudget(policy, "extract", "cheapest")).toEqual([cheapest, ...policy.tasks.extract.models]);
    expect(chainForBudget(policy, "judge", "cheapest")).toEqual(policy.tasks.judge.models);
  });

  it("refuses answer tasks when the budget is spent", () => {
    expect(() => chainForBudget(policy, "answer.simple", "exhausted")).toThrow(expect.objectContaining({ code: "BudgetExhausted" }) as ModelError);
    expect(chainForBudget(policy, "classify", "exhausted")[0]).toBe(cheapestModel(policy));
  });
});
