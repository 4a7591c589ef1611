import type { AnalyticsKpis } from "../../../src/analytics/analytics-summary.ts";
import { api, ApiError, savedToken } from "../../shared/console-api.ts";

/** A UTC date range as the analytics routes take it (both days included). */
export interface DayRange {
  from: string;
  to: string;
}

// The server's own type: the page and the route cannot drift apart.
export type Kpis = AnalyticsKpis;

export interface AnalyticsTables {
  conversations: Array<{ day: string; conversations: number; aiResolved: number; escalated: number; unresolved: number }>;
  "escalation-reasons": Array<{ reason: string; handoffs: number; conversations: number }>;
  csat: Array<{ rating: number; responses: number }>;
  thumbs: Array<{ value: "up" | "down"; answers: number }>;
  topics: Array<{ topic: string; questions: number; conversations: number; unanswered: number }>;
  "knowledge-gaps": Array<{ question: string; asked: number; conversations: number; lastSeen: string; language: string | null; lastConversationId: string }>;
  latency: Array<{ day: string; answers: number; latencyP50: number | null; latencyP95: number | null; latencyP99: number | null; firstTokenP50: number | null; firstTokenP95: number | null; firstTokenP99: number | null }>;
  "usage-by-model": Array<{ model: string; calls: number; failedCalls: number; inputTokens: number; outputTokens: number; cacheReadTokens: number; costUsd: number; latencyP50: number | null }>;
  "usage-by-day": Array<{ day: string; calls: number; inputTokens: number; outputTokens: number; costUsd: number; budgetUsd: number | null; budgetUsed: number | null }>;
  guardrails: Array<{ dimension: "category" | "type"; name: string; interventions: number; blocked: number; anonymized: number; onInput: number; onOutput: number }>;
  cache: Array<{ day: string; answers: number; exactHits: number; semanticHits: number; hitRate: number | null }>;
}

export type TableName = keyof AnalyticsTables;

export interface AnalyticsSummary {
  range: DayRange & { days: number };
  kpis: Kpis;
  tables: AnalyticsTables;
}

export interface RuleContribution {
  rule: string;
  label: string;
  applicable: boolean;
  fulfilled: number;
  points: number;
  maxPoints: number;
  detail: string;
}

export interface Judgement {
  score: number;
  reasons: string[];
  modelId: string;
  judgedAt: string;
}

export interface ConversationQuality {
  conversationId: string;
  startedAt: string;
  status: string;
  language: string | null;
  firstQuestion: string | null;
  score: number;
  rules: RuleContribution[];
  judgement: Judgement | null;
}

export interface QualityReport {
  range: DayRange & { days: number };
  averageScore: number | null;
  conversations: number;
  lowScoring: number;
  judged: number;
  averageJudgeScore: number | null;
  trend: Array<{ day: string; conversations: number; averageScore: number | null; judged: number; averageJudgeScore: number | null }>;
  list: ConversationQuality[];
}

export interface ConversationReview {
  conversation: { id: string; status: string; language: string | null; createdAt: string; customer: { email?: string; name?: string } };
  messages: Array<{ id: string; role: string; text: string; createdAt: string; noAnswer: boolean; citations: Array<{ index: number; title: string }>; latencyMs: number | null; feedback: "up" | "down" | null }>;
  csat: { rating: number; comment: string | null } | null;
  handoffs: Array<{ id: string; reasons: Array<{ trigger: string; detail: string }>; status: string; agent: string | null }>;
  guardrailEvents: Array<{ id: string; source: string; action: string; categories: string[]; types: string[] }>;
  quality: { score: number; rules: RuleContribution[] } | null;
  judgement: Judgement | null;
}

export const rangeQuery = (range: DayRange) => `from=${range.from}&to=${range.to}`;

/**
 * Downloads a CSV export. Fetched rather than linked: a console signed in with a pasted token sends
 * it as a header, which a plain link cannot.
 */
export async function downloadCsv(path: string): Promise<void> {
  const token = savedToken();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(response.status, body.error?.code ?? "http_error", body.error?.message ?? `HTTP ${response.status}`);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "export.csv";
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Queues the model judge for a conversation and waits for its job to finish. */
export async function judgeConversation(conversationId: string): Promise<void> {
  const { jobId } = await api<{ jobId: string }>(`/v1/admin/conversations/${conversationId}/judge`, { method: "POST" });
  for (;;) {
    const job = await api<{ status: string; error: string | null }>(`/v1/jobs/${jobId}`);
    if (job.status === "succeeded") return;
    if (job.status === "failed" || job.status === "dead") throw new Error(job.error ?? "The judge could not score this conversation");
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
}
