import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAnalyticsSummary } from "../src/analytics/analytics-summary.ts";
import { loadAnalyticsTable } from "../src/analytics/analytics-tables.ts";
import { parseDateRange, type DateRange } from "../src/analytics/date-range.ts";
import { qualityReport } from "../src/analytics/quality-store.ts";
import type { Switchboard } from "../src/app.ts";
import type { Database, Queryable } from "../src/storage/database.ts";
import { migrate } from "../src/storage/migrate.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { startConversation, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

/**
 * A known week of support, written straight into the tables the turn pipeline, the desk, the
 * feedback routes and the model gateway fill; every rollup is checked against numbers worked out by hand.
 */
interface Seeded {
  resolved: string;
  norway: string;
  blocked: string;
  silent: string;
}

const dailyBudgetUsd = 0.002;
const range = (() => {
  const parsed = parseDateRange({ from: "2026-03-01", to: "2026-03-03" }, new Date());
  if (!("range" in parsed)) throw new Error("bad test range");
  return parsed.range;
})();

async function seed(db: Queryable): Promise<Seeded> {
  const documentId = randomUUID();
  await db.query("INSERT INTO documents (id, external_id, title, category, source) VALUES ($1, 'returns-policy', 'Returns policy', 'returns', 'test')", [documentId]);
  const conversation = async (createdAt: string) => {
    const id = randomUUID();
    await db.query("INSERT INTO conversations (id, created_at) VALUES ($1, $2)", [id, createdAt]);
    return id;
  };
  const message = async (conversationId: string, at: string, fields: { role: string; text: string; model?: string; latency?: number; firstToken?: number; cited?: boolean; noAnswer?: boolean; cache?: string; classification?: object }) => {
    const id = randomUUID();
    const citations = fields.cited ? [{ index: 1, documentId, externalId: "returns-policy", title: "Returns policy", chunkId: randomUUID(), score: 0.9, url: `/kb/${documentId}` }] : [];
    await db.query(
      `INSERT INTO messages (id, conversation_id, role, text, model, latency_ms, first_token_ms, citations, no_answer, response_cache, classification, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [id, conversationId, fields.role, fields.text, fields.model ?? null, fields.latency ?? null, fields.firstToken ?? null, JSON.stringify(citations), fields.noAnswer ?? false, fields.cache ?? null, fields.classification ? JSON.stringify(fields.classification) : null, at],
    );
    return id;
  };
  const handoff = (conversationId: string, at: string, triggers: string[]) =>
    db.query("INSERT INTO handoffs (id, conversation_id, reasons, package, created_at) VALUES ($1, $2, $3, '{}', $4)", [
      randomUUID(),
      conversationId,
      JSON.stringify(triggers.map((trigger) => ({ trigger, detail: "seeded" }))),
      at,
    ]);
  const modelCall = (at: string, model: string, task: string, input: number, output: number, cost: string, failed = false) =>
    db.query(
      `INSERT INTO model_calls (id, created_at, task, model_id, region, attempt, input_tokens, output_tokens, latency_ms, outcome, error_code, cost_usd)
       VALUES ($1, $2, $3, $4, 'us-east-1', 1, $5, $6, 500, $7, $8, $9)`,
      [randomUUID(), at, task, model, input, output, failed ? "error" : "success", failed ? "ThrottlingException" : null, cost],
    );

  // Answered from the returns article, fast, thumbs up and five stars.
  const resolved = await conversation("2026-03-01T10:00:00Z");
  await message(resolved, "2026-03-01T10:00:01Z", { role: "user", text: "How do I return shoes?" });
  const goodAnswer = await message(resolved, "2026-03-01T10:00:02Z", { role: "assistant", text: "Within 30 days [1].", model: "model-a", latency: 1000, firstToken: 200, cited: true });
  await db.query("INSERT INTO message_feedback (message_id, conversation_id, value, created_at) VALUES ($1, $2, 'up', '2026-03-01T10:01:00Z')", [goodAnswer, resolved]);
  await db.query("INSERT INTO csat (conversation_id, rating, created_at) VALUES ($1, 5, '2026-03-01T10:02:00Z')", [resolved]);

  // Asked twice about Norway, no answer either time, handed to a person; two stars and a thumb down.
  const norway = await conversation("2026-03-01T11:00:00Z");
  await message(norway, "2026-03-01T11:00:01Z", { role: "user", text: "Do you ship to Norway?" });
  const declined = await message(norway, "2026-03-01T11:00:03Z", { role: "assistant", text: "I don't have that information.", model: "model-a", latency: 2000, firstToken: 400, noAnswer: true });
  await message(norway, "2026-03-01T11:01:00Z", { role: "user", text: "do you ship to  NORWAY??" });
  await message(norway, "2026-03-01T11:01:03Z", { role: "assistant", text: "I don't have that information.", model: "model-a", latency: 3000, firstToken: 600, noAnswer: true });
  await handoff(norway, "2026-03-01T11:01:04Z", ["low_confidence"]);
  await message(norway, "2026-03-01T11:05:00Z", { role: "agent", text: "We do ship to Norway." });
  await db.query("INSERT INTO message_feedback (message_id, conversation_id, value, created_at) VALUES ($1, $2, 'down', '2026-03-01T11:02:00Z')", [declined, norway]);
  await db.query("INSERT INTO csat (conversation_id, rating, created_at) VALUES ($1, 2, '2026-03-01T11:06:00Z')", [norway]);

  // A classified order question answered from the response cache, a blocked card number, then a person.
  const blocked = await conversation("2026-03-02T09:00:00Z");
  await message(blocked, "2026-03-02T09:00:01Z", { role: "user", text: "Where is my order?", classification: { route: "simple", topic: "orders" } });
  await message(blocked, "2026-03-02T09:00:02Z", { role: "assistant", text: "It is on its way.", model: "model-a", latency: 4000, firstToken: 800, cache: "exact" });
  await db.query(
    `INSERT INTO guardrail_events (id, conversation_id, source, policy, categories, types, action, created_at)
     VALUES ($1, $2, 'INPUT', 'default', '["pii"]', '["CREDIT_DEBIT_CARD_NUMBER"]', 'BLOCKED', '2026-03-02T09:01:00Z')`,
    [randomUUID(), blocked],
  );
  await handoff(blocked, "2026-03-02T09:02:00Z", ["human_request", "negative_sentiment"]);

  // Opened and never written to: not a conversation for analytics.
  const silent = await conversation("2026-03-03T08:00:00Z");
  // Before the range: counts nowhere.
  const earlier = await conversation("2026-02-27T12:00:00Z");
  await message(earlier, "2026-02-27T12:00:01Z", { role: "user", text: "Do you ship to Norway?" });
  await message(earlier, "2026-02-27T12:00:02Z", { role: "assistant", text: "No idea.", model: "model-a", latency: 9000, noAnswer: true });

  await modelCall("2026-03-01T10:00:02Z", "model-a", "answer.simple", 100, 50, "0.0015");
  await modelCall("2026-03-01T10:00:01Z", "model-b", "classify", 20, 5, "0.00002");
  await modelCall("2026-03-02T09:00:02Z", "model-a", "answer.simple", 200, 80, "0.003");
  await modelCall("2026-03-02T09:00:01Z", "model-a", "answer.simple", 0, 0, "0", true);
  await modelCall("2026-02-27T12:00:02Z", "model-a", "answer.simple", 999, 999, "1");
  return { resolved, norway, blocked, silent };
}

/** The same numbers whatever the database: the SQL must mean the same on PGlite and PostgreSQL. */
async function expectRollups(db: Queryable, seeded: Seeded, at: DateRange) {
  const { kpis, tables } = await loadAnalyticsSummary(db, at, { dailyBudgetUsd });
  expect(kpis).toMatchObject({
    conversations: 3,
    aiResolved: 1,
    escalated: 2,
    aiResolutionRate: 0.3333,
    escalationRate: 0.6667,
    csatAverage: 3.5,
    csatResponses: 2,
    thumbsUp: 1,
    thumbsDown: 1,
    // percentile_cont over 1000, 2000, 3000, 4000 ms and first tokens 200…800 ms.
    latencyP50: 2500,
    latencyP95: 3850,
    latencyP99: 3970,
    firstTokenP50: 500,
    firstTokenP95: 770,
    firstTokenP99: 794,
    modelCalls: 4,
    inputTokens: 320,
    outputTokens: 135,
    costUsd: 0.00452,
    dailyBudgetUsd,
    daysOverBudget: 1,
    cacheHitRate: 0.25,
    knowledgeGaps: 1,
    unansweredQuestions: 2,
    guardrailInterventions: 1,
  });
  expect(tables.conversations).toEqual([
    { day: "2026-03-01", conversations: 2, aiResolved: 1, escalated: 1, unresolved: 0 },
    { day: "2026-03-02", conversations: 1, aiResolved: 0, escalated: 1, unresolved: 0 },
    { day: "2026-03-03", conversations: 0, aiResolved: 0, escalated: 0, unresolved: 0 },
  ]);
  expect(tables["escalation-reasons"]).toEqual([
    { reason: "human_request", handoffs: 1, conversations: 1 },
    { reason: "low_confidence", handoffs: 1, conversations: 1 },
    { reason: "negative_sentiment", handoffs: 1, conversations: 1 },
  ]);
  expect(tables.csat.map((row) => row.responses)).toEqual([0, 1, 0, 0, 1]);
  expect(tables.topics).toEqual([
    { topic: "uncategorized", questions: 2, conversations: 1, unanswered: 2 },
    { topic: "orders", questions: 1, conversations: 1, unanswered: 0 },
    { topic: "returns", questions: 1, conversations: 1, unanswered: 0 },
  ]);
  expect(tables["knowledge-gaps"]).toEqual([
    { question: "do you ship to  NORWAY??", asked: 2, conversations: 1, lastSeen: "2026-03-01T11:01:00.000Z", language: null, lastConversationId: seeded.norway },
  ]);
  expect(tables.latency[0]).toMatchObject({ day: "all", answers: 4 });
  expect(tables.latency[1]).toMatchObject({ day: "2026-03-01", answers: 3, latencyP50: 2000, firstTokenP50: 400 });
  expect(tables["usage-by-model"]).toMatchObject([
    { model: "model-a", calls: 3, failedCalls: 1, inputTokens: 300, outputTokens: 130, costUsd: 0.0045 },
    { model: "model-b", calls: 1, failedCalls: 0, inputTokens: 20, outputTokens: 5, costUsd: 0.00002 },
  ]);
  expect(tables["usage-by-day"].map((row) => [row.day, row.costUsd, row.budgetUsed])).toEqual([
    ["2026-03-01", 0.00152, 0.76],
    ["2026-03-02", 0.003, 1.5],
    ["2026-03-03", 0, 0],
  ]);
  expect(tables.guardrails).toEqual([
    { dimension: "category", name: "pii", interventions: 1, blocked: 1, anonymized: 0, onInput: 1, onOutput: 0 },
    { dimension: "type", name: "CREDIT_DEBIT_CARD_NUMBER", interventions: 1, blocked: 1, anonymized: 0, onInput: 1, onOutput: 0 },
  ]);
  expect(tables.cache.map((row) => [row.day, row.answers, row.exactHits, row.hitRate])).toEqual([
    ["2026-03-01", 3, 0, 0],
    ["2026-03-02", 1, 1, 1],
    ["2026-03-03", 0, 0, null],
  ]);

  const quality = await qualityReport(db, at, { limit: 50 });
  expect(quality.list.map((item) => [item.conversationId, item.score])).toEqual([
    [seeded.blocked, 31],
    [seeded.norway, 32],
    [seeded.resolved, 100],
  ]);
  expect(quality).toMatchObject({ conversations: 3, averageScore: 54.3, lowScoring: 2 });
  expect(quality.trend).toEqual([
    { day: "2026-03-01", conversations: 2, averageScore: 66, judged: 0, averageJudgeScore: null },
    { day: "2026-03-02", conversations: 1, averageScore: 31, judged: 0, averageJudgeScore: null },
    { day: "2026-03-03", conversations: 0, averageScore: null, judged: 0, averageJudgeScore: null },
  ]);
  const norway = quality.list.find((item) => item.conversationId === seeded.norway)!;
  expect(norway.firstQuestion).toBe("Do you ship to Norway?");
  expect(norway.rules.find((rule) => rule.rule === "grounded")).toMatchObject({ applicable: false });
  expect(norway.rules.find((rule) => rule.rule === "csat")).toMatchObject({ applicable: true, points: 5, maxPoints: 20, detail: "rated 2 of 5" });

  // A rating given later makes the stored score stale: the next read recomputes it, and only it.
  await db.query("INSERT INTO csat (conversation_id, rating) VALUES ($1, 5)", [seeded.blocked]);
  const stored = await db.query<{ conversation_id: string; computed_at: Date }>("SELECT conversation_id, computed_at FROM conversation_quality");
  const rescored = await qualityReport(db, at, { limit: 50 });
  expect(rescored.list.find((item) => item.conversationId === seeded.blocked)?.score).toBe(42);
  const restored = await db.query<{ conversation_id: string; computed_at: Date }>("SELECT conversation_id, computed_at FROM conversation_quality");
  const changed = restored.rows.filter((row) => stored.rows.find((before) => before.conversation_id === row.conversation_id)?.computed_at.getTime() !== new Date(row.computed_at).getTime());
  expect(changed.map((row) => row.conversation_id)).toEqual([seeded.blocked]);
  expect(stored.rows.map((row) => row.conversation_id)).not.toContain(seeded.silent);
}

describe("analytics on PGlite, through the HTTP API", () => {
  let switchboard: Switchboard;
  let removeData: () => Promise<void>;
  let seeded: Seeded;
  let base: string;
  const admin = () => ({ authorization: `Bearer ${switchboard.adminToken}` });
  const get = (path: string, headers: Record<string, string> = admin()) => fetch(`${base}${path}`, { headers });

  beforeAll(async () => {
    const data = await temporaryDataDir();
    removeData = data.remove;
    switchboard = await startTestSwitchboard(data.dir, { SWITCHBOARD_DAILY_BUDGET_USD: String(dailyBudgetUsd) });
    base = switchboard.url!;
    seeded = await seed(switchboard.db);
  });
  afterAll(async () => {
    await switchboard?.close();
    await removeData?.();
  });

  it("rolls up the seeded week", async () => {
    await expectRollups(switchboard.db, seeded, range);
  });

  it("answers the summary and each table as JSON, with the configured budget", async () => {
    const response = await get("/v1/admin/analytics?from=2026-03-01&to=2026-03-03");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { range: unknown; kpis: Record<string, unknown>; tables: Record<string, unknown[]> };
    expect(body.range).toEqual({ from: "2026-03-01", to: "2026-03-03", days: 3 });
    expect(body.kpis).toMatchObject({ conversations: 3, costUsd: 0.00452, dailyBudgetUsd, daysOverBudget: 1, latencyP95: 3850 });
    expect(Object.keys(body.tables)).toContain("knowledge-gaps");

    const table = (await (await get("/v1/admin/analytics/topics?from=2026-03-01&to=2026-03-03&format=json")).json()) as { title: string; columns: unknown[]; rows: unknown[] };
    expect(table.title).toBe("Topics");
    expect(table.rows).toHaveLength(3);
  });

  it("downloads tables as CSV", async () => {
    const response = await get("/v1/admin/analytics/knowledge-gaps?from=2026-03-01&to=2026-03-03&format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="switchboard-knowledge-gaps-2026-03-01-to-2026-03-03.csv"');
    expect(await response.text()).toBe(`Question,Times asked,Conversations,Last seen,Language,Last conversation\r\ndo you ship to  NORWAY??,2,1,2026-03-01T11:01:00.000Z,,${seeded.norway}\r\n`);

    const usage = await (await get("/v1/admin/analytics/usage-by-day?from=2026-03-01&to=2026-03-02&format=csv")).text();
    expect(usage).toBe(
      "Day,Calls,Input tokens,Output tokens,Cost (USD),Daily budget (USD),Budget used\r\n2026-03-01,2,120,55,0.00152,0.002,0.76\r\n2026-03-02,2,200,80,0.003,0.002,1.5\r\n",
    );
    const quality = await get("/v1/admin/quality?from=2026-03-01&to=2026-03-03&format=csv");
    const lines = (await quality.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Conversation,Started,Status,Language,Score,Points: grounded,Points: answered,Points: no_guardrail_block,Points: no_escalation,Points: csat,Points: thumbs,Points: response_time,First question",
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(`${seeded.resolved},2026-03-01T10:00:00.000Z,active,,100,25,15,10,20,15,5,10,How do I return shoes?`);
  });

  it("refuses bad ranges with 400 and unknown tables with 404", async () => {
    for (const query of ["from=2026-03-05&to=2026-03-01", "from=2024-01-01&to=2026-03-01", "from=last-week", "to=2026-02-31"]) {
      const response = await get(`/v1/admin/analytics?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_date_range");
    }
    expect((await get("/v1/admin/quality?from=2026-03-05&to=2026-03-01")).status).toBe(400);
    expect((await get("/v1/admin/analytics/nonsense")).status).toBe(404);
    expect((await get("/v1/admin/analytics/topics?format=xml")).status).toBe(422);
    // No dates: the last 30 days up to today.
    const recent = (await (await get("/v1/admin/analytics")).json()) as { range: { days: number; to: string } };
    expect(recent.range).toMatchObject({ days: 30, to: new Date().toISOString().slice(0, 10) });
  });

  it("shows one conversation to an admin for review", async () => {
    const response = await get(`/v1/admin/conversations/${seeded.norway}`);
    expect(response.status).toBe(200);
    const review = (await response.json()) as { messages: Array<{ role: string; feedback: string | null }>; csat: { rating: number }; handoffs: Array<{ reasons: Array<{ trigger: string }> }>; quality: { score: number } };
    expect(review.messages.map((message) => message.role)).toEqual(["user", "assistant", "user", "assistant", "agent"]);
    expect(review.messages[1].feedback).toBe("down");
    expect(review.csat.rating).toBe(2);
    expect(review.handoffs[0].reasons[0].trigger).toBe("low_confidence");
    expect(review.quality.score).toBe(32);
    expect((await get(`/v1/admin/conversations/${randomUUID()}`)).status).toBe(404);
  });

  it("has the judge task score a conversation on request, once per state of the conversation", async () => {
    const post = (path: string) => fetch(`${base}${path}`, { method: "POST", headers: admin() });
    const response = await post(`/v1/admin/conversations/${seeded.norway}/judge`);
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    expect(((await (await post(`/v1/admin/conversations/${seeded.norway}/judge`)).json()) as { jobId: string }).jobId).toBe(jobId);
    expect((await waitForJob(base, switchboard.adminToken, jobId)).status).toBe("succeeded");

    const review = (await (await get(`/v1/admin/conversations/${seeded.norway}`)).json()) as { judgement: { score: number; reasons: string[]; modelId: string } };
    expect(review.judgement.score).toBeGreaterThanOrEqual(1);
    expect(review.judgement.score).toBeLessThanOrEqual(5);
    expect(review.judgement.reasons.length).toBeGreaterThan(0);
    await switchboard.gateway.flushMetering();
    const calls = await switchboard.db.query<{ task: string; conversation_id: string }>("SELECT task, conversation_id FROM model_calls WHERE task = 'judge'");
    expect(calls.rows).toEqual([{ task: "judge", conversation_id: seeded.norway }]);

    const quality = (await (await get("/v1/admin/quality?from=2026-03-01&to=2026-03-03")).json()) as {
      judged: number;
      averageJudgeScore: number;
      trend: Array<{ day: string; judged: number; averageJudgeScore: number | null }>;
      list: Array<{ conversationId: string; judgement: { score: number } | null }>;
    };
    expect(quality).toMatchObject({ judged: 1, averageJudgeScore: review.judgement.score });
    expect(quality.trend[0]).toMatchObject({ day: "2026-03-01", judged: 1, averageJudgeScore: review.judgement.score });
    expect(quality.list.find((item) => item.conversationId === seeded.norway)?.judgement?.score).toBe(review.judgement.score);
    expect(quality.list.find((item) => item.conversationId === seeded.resolved)?.judgement).toBeNull();
    expect((await post(`/v1/admin/conversations/${randomUUID()}/judge`)).status).toBe(404);
  });

  it("is for admins only", async () => {
    const customer = await startConversation(base);
    for (const path of ["/v1/admin/analytics", "/v1/admin/analytics/topics?format=csv", "/v1/admin/quality", `/v1/admin/conversations/${customer.id}`]) {
      expect((await get(path, {})).status, path).toBe(401);
      expect((await get(path, { authorization: `Bearer ${switchboard.agentToken}` })).status, path).toBe(403);
      expect((await get(path, { authorization: `Bearer ${customer.token}` })).status, path).toBe(403);
    }
    const judge = (headers: Record<string, string>) => fetch(`${base}/v1/admin/conversations/${customer.id}/judge`, { method: "POST", headers });
    expect((await judge({})).status).toBe(401);
    expect((await judge({ authorization: `Bearer ${switchboard.agentToken}` })).status).toBe(403);
    expect((await judge({ authorization: `Bearer ${customer.token}` })).status).toBe(403);
  });
});

describe("analytics on PostgreSQL", () => {
  let database: { db: Database; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    await migrate(database.db, { requireVectors: false });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("rolls up the same week to the same numbers", async () => {
    await expectRollups(database.db, await seed(database.db), range);
  });
});
