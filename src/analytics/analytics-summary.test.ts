import { describe, expect, it } from "vitest";
import { summarizeTables } from "./analytics-summary.ts";
import type { AnalyticsTableRows } from "./analytics-tables.ts";

const usageDay = (day: string, costUsd: number, budgetUsed: number | null) => ({
  day,
  calls: 2,
  failedCalls: 0,
  inputTokens: 100,
  outputTokens: 10,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd,
  latencyP50: null,
  latencyP95: null,
  budgetUsd: budgetUsed === null ? null : 1,
  budgetUsed,
});

const tables: AnalyticsTableRows = {
  conversations: [
    { day: "2026-03-01", conversations: 3, aiResolved: 2, escalated: 1, unresolved: 0 },
    { day: "2026-03-02", conversations: 1, aiResolved: 0, escalated: 0, unresolved: 1 },
  ],
  "escalation-reasons": [],
  csat: [1, 2, 3, 4, 5].map((rating) => ({ rating, responses: rating === 4 ? 2 : rating === 1 ? 1 : 0 })),
  thumbs: [
    { value: "up", answers: 5 },
    { value: "down", answers: 2 },
  ],
  topics: [],
  "knowledge-gaps": [
    { question: "a", asked: 3, conversations: 2, lastSeen: "2026-03-01T00:00:00.000Z", language: null, lastConversationId: "x" },
    { question: "b", asked: 1, conversations: 1, lastSeen: "2026-03-01T00:00:00.000Z", language: null, lastConversationId: "y" },
  ],
  latency: [{ day: "all", answers: 4, latencyP50: 900, latencyP95: 2000, latencyP99: 2500, firstTokenP50: 300, firstTokenP95: 700, firstTokenP99: 800 }],
  "usage-by-model": [],
  "usage-by-day": [usageDay("2026-03-01", 0.4, 0.4), usageDay("2026-03-02", 1.25, 1.25)],
  guardrails: [],
  cache: [
    { day: "2026-03-01", answers: 6, exactHits: 1, semanticHits: 1, hitRate: 0.3333 },
    { day: "2026-03-02", answers: 2, exactHits: 0, semanticHits: 0, hitRate: 0 },
  ],
};

describe("summarizeTables", () => {
  it("derives the headline numbers from the tables", () => {
    expect(summarizeTables(tables, { dailyBudgetUsd: 1 }, 7)).toEqual({
      conversations: 4,
      aiResolved: 2,
      escalated: 1,
      aiResolutionRate: 0.5,
      escalationRate: 0.25,
      csatAverage: 3,
      csatResponses: 3,
      thumbsUp: 5,
      thumbsDown: 2,
      latencyP50: 900,
      latencyP95: 2000,
      latencyP99: 2500,
      firstTokenP50: 300,
      firstTokenP95: 700,
      firstTokenP99: 800,
      modelCalls: 4,
      inputTokens: 200,
      outputTokens: 20,
      costUsd: 1.65,
      dailyBudgetUsd: 1,
      daysOverBudget: 1,
      cacheHitRate: 0.25,
      knowledgeGaps: 2,
      unansweredQuestions: 4,
      guardrailInterventions: 7,
    });
  });

  it("answers null rates rather than dividing by zero", () => {
    const empty: AnalyticsTableRows = { ...tables, conversations: [], csat: [], cache: [], latency: [], "usage-by-day": [] };
    expect(summarizeTables(empty, {}, 0)).toMatchObject({ aiResolutionRate: null, escalationRate: null, csatAverage: null, cacheHitRate: null, latencyP50: null, dailyBudgetUsd: null, costUsd: 0 });
  });
});
