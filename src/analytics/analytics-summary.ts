import type { Queryable } from "../storage/database.ts";
import { analyticsTableNames, analyticsTables, type AnalyticsSettings, type AnalyticsTableRows } from "./analytics-tables.ts";
import type { DateRange } from "./date-range.ts";
import { roundTo } from "./rollups/sql-fragments.ts";

export interface AnalyticsKpis {
  conversations: number;
  aiResolved: number;
  escalated: number;
  aiResolutionRate: number | null;
  escalationRate: number | null;
  csatAverage: number | null;
  csatResponses: number;
  thumbsUp: number;
  thumbsDown: number;
  latencyP50: number | null;
  latencyP95: number | null;
  latencyP99: number | null;
  firstTokenP50: number | null;
  firstTokenP95: number | null;
  firstTokenP99: number | null;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  dailyBudgetUsd: number | null;
  daysOverBudget: number;
  cacheHitRate: number | null;
  knowledgeGaps: number;
  unansweredQuestions: number;
  guardrailInterventions: number;
}

const sum = <Row>(rows: readonly Row[], pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
const rate = (part: number, whole: number) => (whole ? roundTo(part / whole, 4) : null);

/** The headline numbers, derived from the tables so that cards, charts and CSV always agree. */
export function summarizeTables(tables: AnalyticsTableRows, settings: AnalyticsSettings, guardrailInterventions: number): AnalyticsKpis {
  const conversations = sum(tables.conversations, (row) => row.conversations);
  const aiResolved = sum(tables.conversations, (row) => row.aiResolved);
  const escalated = sum(tables.conversations, (row) => row.escalated);
  const csatResponses = sum(tables.csat, (row) => row.responses);
  const overall = tables.latency.find((row) => row.day === "all");
  const answers = sum(tables.cache, (row) => row.answers);
  return {
    conversations,
    aiResolved,
    escalated,
    aiResolutionRate: rate(aiResolved, conversations),
    escalationRate: rate(escalated, conversations),
    csatAverage: csatResponses ? roundTo(sum(tables.csat, (row) => row.rating * row.responses) / csatResponses, 2) : null,
    csatResponses,
    thumbsUp: tables.thumbs.find((row) => row.value === "up")?.answers ?? 0,
    thumbsDown: tables.thumbs.find((row) => row.value === "down")?.answers ?? 0,
    latencyP50: overall?.latencyP50 ?? null,
    latencyP95: overall?.latencyP95 ?? null,
    latencyP99: overall?.latencyP99 ?? null,
    firstTokenP50: overall?.firstTokenP50 ?? null,
    firstTokenP95: overall?.firstTokenP95 ?? null,
    firstTokenP99: overall?.firstTokenP99 ?? null,
    modelCalls: sum(tables["usage-by-day"], (row) => row.calls),
    inputTokens: sum(tables["usage-by-day"], (row) => row.inputTokens),
    outputTokens: sum(tables["usage-by-day"], (row) => row.outputTokens),
    costUsd: roundTo(sum(tables["usage-by-day"], (row) => row.costUsd), 6) ?? 0,
    dailyBudgetUsd: settings.dailyBudgetUsd ?? null,
    daysOverBudget: tables["usage-by-day"].filter((row) => row.budgetUsed !== null && row.budgetUsed > 1).length,
    cacheHitRate: rate(sum(tables.cache, (row) => row.exactHits + row.semanticHits), answers),
    knowledgeGaps: tables["knowledge-gaps"].length,
    unansweredQuestions: sum(tables["knowledge-gaps"], (row) => row.asked),
    guardrailInterventions,
  };
}

/** Loads every table for the range (one after another: PGlite has one connection) and the headline numbers. */
export async function loadAnalyticsSummary(db: Queryable, range: DateRange, settings: AnalyticsSettings): Promise<{ kpis: AnalyticsKpis; tables: AnalyticsTableRows }> {
  const tables = {} as Record<string, unknown>;
  for (const name of analyticsTableNames) tables[name] = await analyticsTables[name].load(db, range, settings);
  const loaded = tables as AnalyticsTableRows;
  // An intervention may act on several categories: the table counts it under each, the headline once.
  const interventions = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM guardrail_events WHERE created_at >= $1 AND created_at < $2", [range.start, range.end]);
  return { kpis: summarizeTables(loaded, settings, Number(interventions.rows[0]?.count ?? 0)), tables: loaded };
}
