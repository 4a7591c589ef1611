import type { Queryable } from "../storage/database.ts";
import type { DateRange } from "./date-range.ts";
import { conversationsPerDay, escalationReasons } from "./rollups/conversation-rollups.ts";
import { csatDistribution, thumbs } from "./rollups/feedback-rollups.ts";
import { guardrailInterventions } from "./rollups/guardrail-rollup.ts";
import { latencyPercentiles } from "./rollups/latency-rollup.ts";
import { knowledgeGaps, topics } from "./rollups/question-rollups.ts";
import { responseCacheHits } from "./rollups/cache-rollup.ts";
import { usageByDay, usageByModel } from "./rollups/usage-rollups.ts";
import type { TableColumn, TableRow } from "./table-csv.ts";

export interface AnalyticsSettings {
  /** The model spend allowed per UTC day, when one is configured. */
  dailyBudgetUsd?: number;
}

/** One exportable analytics table: its columns (in CSV order) and how to load its rows for a range. */
export interface AnalyticsTable<Row extends object = object> {
  title: string;
  columns: TableColumn[];
  load(db: Queryable, range: DateRange, settings: AnalyticsSettings): Promise<Row[]>;
}

const column = (key: string, header: string): TableColumn => ({ key, header });

const table = <Row extends object>(definition: AnalyticsTable<Row>) => definition;

/** Every analytics table by the name its route uses (`/v1/admin/analytics/<name>`). */
export const analyticsTables = {
  conversations: table({
    title: "Conversations per day",
    columns: [column("day", "Day"), column("conversations", "Conversations"), column("aiResolved", "Resolved by AI"), column("escalated", "Escalated"), column("unresolved", "Unresolved")],
    load: conversationsPerDay,
  }),
  "escalation-reasons": table({
    title: "Escalation reasons",
    columns: [column("reason", "Reason"), column("handoffs", "Handoffs"), column("conversations", "Conversations")],
    load: escalationReasons,
  }),
  csat: table({ title: "CSAT ratings", columns: [column("rating", "Rating"), column("responses", "Responses")], load: csatDistribution }),
  thumbs: table({ title: "Thumbs on answers", columns: [column("value", "Thumb"), column("answers", "Answers")], load: thumbs }),
  topics: table({
    title: "Topics",
    columns: [column("topic", "Topic"), column("questions", "Questions"), column("conversations", "Conversations"), column("unanswered", "Unanswered")],
    load: (db, range) => topics(db, range),
  }),
  "knowledge-gaps": table({
    title: "Knowledge gaps",
    columns: [
      column("question", "Question"),
      column("asked", "Times asked"),
      column("conversations", "Conversations"),
      column("lastSeen", "Last seen"),
      column("language", "Language"),
      column("lastConversationId", "Last conversation"),
    ],
    load: (db, range) => knowledgeGaps(db, range),
  }),
  latency: table({
    title: "Latency and time to first token (ms)",
    columns: [
      column("day", "Day"),
      column("answers", "Answers"),
      column("latencyP50", "Latency p50"),
      column("latencyP95", "Latency p95"),
      column("latencyP99", "Latency p99"),
      column("firstTokenP50", "TTFT p50"),
      column("firstTokenP95", "TTFT p95"),
      column("firstTokenP99", "TTFT p99"),
    ],
    load: latencyPercentiles,
  }),
  "usage-by-model": table({
    title: "Tokens and cost by model",
    columns: [
      column("model", "Model"),
      column("calls", "Calls"),
      column("failedCalls", "Failed calls"),
      column("inputTokens", "Input tokens"),
      column("outputTokens", "Output tokens"),
      column("cacheReadTokens", "Cache read tokens"),
      column("cacheWriteTokens", "Cache write tokens"),
      column("costUsd", "Cost (USD)"),
      column("latencyP50", "Latency p50 (ms)"),
      column("latencyP95", "Latency p95 (ms)"),
    ],
    load: usageByModel,
  }),
  "usage-by-day": table({
    title: "Tokens and cost by day",
    columns: [
      column("day", "Day"),
      column("calls", "Calls"),
      column("inputTokens", "Input tokens"),
      column("outputTokens", "Output tokens"),
      column("costUsd", "Cost (USD)"),
      column("budgetUsd", "Daily budget (USD)"),
      column("budgetUsed", "Budget used"),
    ],
    load: (db, range, settings) => usageByDay(db, range, settings.dailyBudgetUsd),
  }),
  guardrails: table({
    title: "Guardrail interventions",
    columns: [
      column("dimension", "Dimension"),
      column("name", "Name"),
      column("interventions", "Interventions"),
      column("blocked", "Blocked"),
      column("anonymized", "Anonymized"),
      column("onInput", "On input"),
      column("onOutput", "On output"),
    ],
    load: guardrailInterventions,
  }),
  cache: table({
    title: "Response cache",
    columns: [column("day", "Day"), column("answers", "Answers"), column("exactHits", "Exact hits"), column("semanticHits", "Semantic hits"), column("hitRate", "Hit rate")],
    load: responseCacheHits,
  }),
} satisfies Record<string, AnalyticsTable>;

export type AnalyticsTableName = keyof typeof analyticsTables;
export type AnalyticsTableRows = { [Name in AnalyticsTableName]: Awaited<ReturnType<(typeof analyticsTables)[Name]["load"]>> };

export const analyticsTableNames = Object.keys(analyticsTables) as AnalyticsTableName[];

/** Loads one table's rows as plain CSV-ready records. */
export async function loadAnalyticsTable(name: AnalyticsTableName, db: Queryable, range: DateRange, settings: AnalyticsSettings): Promise<TableRow[]> {
  const definition: AnalyticsTable = analyticsTables[name];
  // Every row type is a flat record of strings, numbers and nulls; interfaces just lack the index signature.
  return (await definition.load(db, range, settings)) as TableRow[];
}
