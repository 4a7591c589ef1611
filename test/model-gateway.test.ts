import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startLocalBedrock, type LocalBedrockServer } from "../src/bedrock-local/server.ts";
import { ModelError, type ChatStreamPart } from "../src/models/model-port.ts";
import { createModelGateway } from "../src/models/gateway/create-model-gateway.ts";
import { parseRoutingPolicy } from "../src/models/gateway/load-routing-policy.ts";
import { catalogEntry } from "../src/models/gateway/model-catalog.ts";
import type { GatewayMetrics } from "../src/models/gateway/gateway-ports.ts";
import { createMetrics } from "../src/observability/metrics.ts";
import { StructuredOutputError, type CallContext, type ModelGateway, type TaskRequest } from "../src/models/gateway/model-gateway.ts";
import { rollUpModelUsage } from "../src/models/gateway/model-usage-rollups.ts";
import { buildClassifyRequest, classificationSchema } from "../src/models/prompts/classify.ts";
import { createBedrockChatModels } from "../src/models/providers/bedrock/bedrock-client-pool.ts";
import { migrate } from "../src/storage/migrate.ts";
import { Hono } from "hono";
import { errorResponse, type HttpError } from "../src/http/errors.ts";
import { usageRoutes } from "../src/http/routes/usage-routes.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";

const HAIKU = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
const SONNET = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
const OLD_HAIKU = "us.anthropic.claude-3-5-haiku-20241022-v1:0";

const SOURCES = `<sources>
<source id="1" title="Returns policy" lang="en" document="returns">
You can return most items within 30 days of delivery for a full refund. Items must be unused and in their original packaging.
Refunds are issued to the original payment method within 5 business days.
</source>
<source id="2" title="Shipping" lang="en" document="shipping">
Standard shipping takes 3–5 business days. Express shipping arrives the next business day.
</source>
</sources>`;

const question = (text = "How many days do I have to return an item?"): TaskRequest => ({
  system: [{ text: "You are Switchboard, a support assistant." }, { text: "<reply_language>en</reply_language>" }],
  messages: [{ role: "user", content: [{ text: SOURCES }, { text }] }],
});

let east: LocalBedrockServer;
let west: LocalBedrockServer;
let database: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
const gateways: ModelGateway[] = [];

beforeAll(async () => {
  [east, west, database] = await Promise.all([startLocalBedrock(), startLocalBedrock(), createPostgresTestDatabase()]);
  await migrate(database.db, { requireVectors: false });
});

afterEach(() => {
  for (const server of [east, west]) {
    server.clearFaults();
    server.resetStats();
  }
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close()));
  await Promise.all([east.close(), west.close()]);
  await database.drop();
});

/** A gateway on the east endpoint with fast backoff, the given policy document merged over the defaults. */
async function gatewayWith(document: Record<string, unknown> = {}, metrics?: GatewayMetrics): Promise<ModelGateway> {
  const policy = parseRoutingPolicy({ retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 }, ...document });
  const gateway = await createModelGateway({
    db: database.db,
    policy,
    providers: createBedrockChatModels({ credentials: { accessKeyId: "local", secretAccessKey: "local" } }),
    defaultLocation: { region: "us-east-1", endpoint: east.url },
    metrics,
  });
  gateways.push(gateway);
  return gateway;
}

const chain = (models: string[], onFailure: "degrade" | "wait" = "degrade") => ({ models, onFailure });

interface CallRow {
  task: string;
  model_id: string;
  region: string;
  attempt: number;
  outcome: string;
  error_code: string | null;
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  first_token_ms: number | null;
  latency_ms: number;
  cost_usd: string;
  conversation_id: string | null;
  message_id: string | null;
}

/** The meter rows of one call, found by the job id it was made for. */
async function rowsOf(gateway: ModelGateway, context: CallContext): Promise<CallRow[]> {
  await gateway.flushMetering();
  const result = await database.db.query<CallRow>("SELECT * FROM model_calls WHERE job_id = $1 ORDER BY attempt", [context.jobId]);
  return result.rows;
}

const newCall = (extra: CallContext = {}): CallContext => ({ jobId: randomUUID(), ...extra });
const summary = (rows: CallRow[]) => rows.map((row) => `${row.attempt} ${row.model_id}@${row.region} ${row.outcome}${row.error_code ? ` ${row.error_code}` : ""}`);

async function collect(parts: AsyncIterable<ChatStreamPart>, seen: ChatStreamPart[] = []): Promise<string> {
  for await (const part of parts) seen.push(part);
  return seen.map((part) => (part.type === "text-delta" ? part.text : "")).join("");
}

describe("retries", () => {
  it("retries throttling with bounded full-jitter backoff and meters every attempt", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const delays: number[] = [];
    const gateway = await gatewayWith(
      { retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 1000 }, tasks: { "answer.simple": chain([HAIKU]) } },
      { ...metrics, modelRetry: (labels, delayMs) => (delays.push(delayMs), metrics.modelRetry(labels, delayMs)) },
    );
    east.setFaults({ seed: 7, rules: [{ model: HAIKU, kind: "throttle", burst: 2 }] });
    const call = newCall();
    const answer = await gateway.generateText("answer.simple", question(), call);
    expect(answer.text).toContain("30 days");
    expect(summary(await rowsOf(gateway, call))).toEqual([
      `1 ${HAIKU}@us-east-1 error ThrottlingException`,
      `2 ${HAIKU}@us-east-1 error ThrottlingException`,
      `3 ${HAIKU}@us-east-1 success`,
    ]);
    // Full jitter: the first wait anywhere in [0, 200) ms, the second in [0, 400).
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeLessThan(200);
    expect(delays[1]).toBeLessThan(400);
    expect(delays.every((delay) => delay >= 0)).toBe(true);
    expect(east.stats().models[HAIKU]?.calls).toBe(3);
    const exposition = (await metrics.render()).body;
    expect(exposition).toMatch(/switchboard_model_retries_total\{[^}]*model="us\.anthropic\.claude-haiku-4-5-20251001-v1:0"[^}]*\} 2/);
    expect(exposition).toMatch(/switchboard_model_errors_total\{[^}]*code="ThrottlingException"\} 2/);
  });

  it("gives up after the configured attempts with a retryable error", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU]) } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "throttle" }] });
    const call = newCall();
    await expect(gateway.generateText("answer.simple", question(), call)).rejects.toMatchObject({ code: "ThrottlingException", retryable: true });
    expect(await rowsOf(gateway, call)).toHaveLength(3);
  });

  it("never retries a validation error, nor falls back on it", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU, OLD_HAIKU]) } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "validation" }] });
    const call = newCall();
    await expect(gateway.generateText("answer.simple", question(), call)).rejects.toMatchObject({ code: "ValidationException", retryable: false });
    expect(summary(await rowsOf(gateway, call))).toEqual([`1 ${HAIKU}@us-east-1 error ValidationException`]);
    expect(east.stats().models[OLD_HAIKU]).toBeUndefined();
  });
});

describe("fallback and failover", () => {
  it("falls back to the second model of the chain when the first keeps failing", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU, OLD_HAIKU]) } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "service-unavailable" }] });
    const call = newCall();
    const answer = await gateway.generateText("answer.simple", question(), call);
    expect(answer.modelId).toBe(OLD_HAIKU);
    expect(summary(await rowsOf(gateway, call))).toEqual([
      `1 ${HAIKU}@us-east-1 error ServiceUnavailableException`,
      `2 ${HAIKU}@us-east-1 error ServiceUnavailableException`,
      `3 ${HAIKU}@us-east-1 error ServiceUnavailableException`,
      `4 ${OLD_HAIKU}@us-east-1 success`,
    ]);
  });

  it("moves to the model's next region when its first region is out", async () => {
    const gateway = await gatewayWith({
      retry: { maxAttempts: 2 },
      tasks: { "answer.simple": chain([HAIKU, OLD_HAIKU]) },
      models: { [HAIKU]: { regions: [{ region: "us-east-1", endpoint: east.url }, { region: "us-west-2", endpoint: west.url }] } },
    });
    east.setFaults({ rules: [{ kind: "internal-error" }] });
    const call = newCall();
    const answer = await gateway.generateText("answer.simple", question(), call);
    expect(answer.modelId).toBe(HAIKU);
    expect(summary(await rowsOf(gateway, call))).toEqual([
      `1 ${HAIKU}@us-east-1 error InternalServerException`,
      `2 ${HAIKU}@us-east-1 error InternalServerException`,
      `3 ${HAIKU}@us-west-2 success`,
    ]);
  });

  it("opens the circuit after consecutive failures, skips the model, and half-opens after the cool-down", async () => {
    const gateway = await gatewayWith({
      retry: { maxAttempts: 1 },
      breaker: { consecutiveFailures: 2, halfOpenAfterMs: 400 },
      tasks: { "answer.simple": chain([HAIKU, OLD_HAIKU]) },
    });
    east.setFaults({ rules: [{ model: HAIKU, kind: "internal-error" }] });
    for (let call = 0; call < 3; call++) expect((await gateway.generateText("answer.simple", question())).modelId).toBe(OLD_HAIKU);
    // Two failures opened the circuit; the third call went straight to the fallback.
    expect(east.stats().models[HAIKU]?.calls).toBe(2);
    east.clearFaults();
    expect((await gateway.generateText("answer.simple", question())).modelId).toBe(OLD_HAIKU);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await gateway.generateText("answer.simple", question())).modelId).toBe(HAIKU);
    expect((await gateway.generateText("answer.simple", question())).modelId).toBe(HAIKU);
  });

  it("moves on when the first token is late", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": { ...chain([HAIKU, OLD_HAIKU]), timeouts: { ttftMs: 150, totalMs: 5000 } } }, retry: { maxAttempts: 1 } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "latency", firstTokenMs: 1000 }] });
    const call = newCall();
    expect((await gateway.generateText("answer.simple", question(), call)).modelId).toBe(OLD_HAIKU);
    expect(summary(await rowsOf(gateway, call))).toEqual([`1 ${HAIKU}@us-east-1 error FirstTokenTimeout`, `2 ${OLD_HAIKU}@us-east-1 success`]);
  });

  it("moves on when the whole answer takes too long", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": { ...chain([HAIKU, OLD_HAIKU]), timeouts: { ttftMs: 5000, totalMs: 300 } } }, retry: { maxAttempts: 1 } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "latency", perTokenMs: 100 }] });
    const call = newCall();
    expect((await gateway.generateText("answer.simple", question(), call)).modelId).toBe(OLD_HAIKU);
    expect(summary(await rowsOf(gateway, call))).toEqual([`1 ${HAIKU}@us-east-1 error TotalTimeout`, `2 ${OLD_HAIKU}@us-east-1 success`]);
  });

  it("never degrades a judge: it fails retryably on its own model instead", async () => {
    const gateway = await gatewayWith({ tasks: { judge: chain([HAIKU, OLD_HAIKU], "wait") } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "service-unavailable" }] });
    await expect(gateway.generateText("judge", question(), newCall({ priority: "background" }))).rejects.toMatchObject({ retryable: true, code: "ServiceUnavailableException" });
    expect(east.stats().models[OLD_HAIKU]).toBeUndefined();
  });

  it("refuses a policy that lets the judge degrade", () => {
    expect(() => parseRoutingPolicy({ tasks: { judge: { onFailure: "degrade" } } })).toThrow(/judge never degrades/);
  });
});

describe("concurrency and quota", () => {
  it("turns calls away with a retryable Overloaded when the bulkhead and its queue are full", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU]) }, models: { [HAIKU]: { concurrency: { limit: 1, queue: 1 } } } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "latency", firstTokenMs: 300 }] });
    const running = [gateway.generateText("answer.simple", question()), gateway.generateText("answer.simple", question())];
    await expect(gateway.generateText("answer.simple", question())).rejects.toMatchObject({ code: "Overloaded", retryable: true });
    await Promise.all(running);
    expect(east.stats().models[HAIKU]?.maxInFlight).toBe(1);
  });

  it("sheds background calls before interactive ones when quota headroom runs out", async () => {
    const gateway = await gatewayWith({
      tasks: { summarize: chain([HAIKU]) },
      models: { [HAIKU]: { quota: { rpm: 5, tpm: 1_000_000 } } },
      quota: { interactiveReserve: 0.4, backgroundWaitMs: 0 },
    });
    const run = (priority: "interactive" | "background") => gateway.generateText("summarize", question(), { priority });
    for (let call = 0; call < 3; call++) await run("background");
    await expect(run("background")).rejects.toMatchObject({ code: "QuotaExceeded", retryable: true });
    await run("interactive");
    await run("interactive");
    await expect(run("interactive")).rejects.toMatchObject({ code: "QuotaExceeded" });
    expect(east.stats().models[HAIKU]?.calls).toBe(5);
  });
});

describe("daily budget", () => {
  it("starts from today's stored spending and degrades at 30 %, 10 % and 0 left", async () => {
    await database.db.query(
      "INSERT INTO model_calls (id, task, model_id, region, attempt, latency_ms, outcome, cost_usd) VALUES ($1, 'answer.complex', $2, 'us-east-1', 1, 900, 'success', 0.3)",
      [randomUUID(), SONNET],
    );
    const gateway = await gatewayWith({ tasks: { "answer.complex": chain([SONNET]), "answer.simple": chain([HAIKU]), classify: chain([HAIKU, OLD_HAIKU]) } });
    const spent = gateway.budget().spentUsd;
    expect(spent).toBeGreaterThanOrEqual(0.3);
    const withBudget = (dailyUsd: number) => gateway.setPolicy({ ...gateway.policy(), budget: { dailyUsd } });

    withBudget(spent * 10);
    expect((await gateway.generateText("answer.complex", question())).modelId).toBe(SONNET);

    withBudget(gateway.budget().spentUsd / 0.75);
    expect(gateway.budget()).toMatchObject({ tier: "economy" });
    expect((await gateway.generateText("answer.complex", question())).modelId).toBe(HAIKU);

    withBudget(gateway.budget().spentUsd / 0.95);
    expect(gateway.budget()).toMatchObject({ tier: "cheapest" });
    expect((await gateway.generateText("classify", question())).modelId).toBe(OLD_HAIKU);

    withBudget(gateway.budget().spentUsd);
    expect(gateway.budget()).toMatchObject({ tier: "exhausted", remainingUsd: 0 });
    await expect(gateway.generateText("answer.simple", question())).rejects.toMatchObject({ code: "BudgetExhausted", retryable: false });
    expect((await gateway.generateText("classify", question())).modelId).toBe(OLD_HAIKU);
  });
});

describe("generateObject", () => {
  it("repairs invalid JSON", async () => {
    const gateway = await gatewayWith({ tasks: { classify: chain([HAIKU]) } });
    east.setFaults({ seed: 3, rules: [{ model: HAIKU, kind: "invalid-json", burst: 1 }] });
    const result = await gateway.generateObject("classify", classificationSchema, buildClassifyRequest("Where is my order #10023?", { language: "en" }));
    expect(result.attempts).toBe(2);
    expect(result.object).toMatchObject({ needs_order: true });
    expect(east.stats().models[HAIKU]?.calls).toBe(2);
  });

  it("fails with the raw output after the answer and two repairs", async () => {
    const gateway = await gatewayWith({ tasks: { classify: chain([HAIKU]) } });
    east.setFaults({ seed: 5, rules: [{ model: HAIKU, kind: "invalid-json" }] });
    const failure = await gateway.generateObject("classify", classificationSchema, buildClassifyRequest("hello", { language: "en" })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StructuredOutputError);
    const { raw, validationError } = failure as StructuredOutputError;
    expect(raw.length).toBeGreaterThan(0);
    expect(() => JSON.parse(raw)).toThrow();
    expect(validationError).toMatch(/not valid JSON/);
    expect(east.stats().models[HAIKU]?.calls).toBe(3);
  });
});

describe("streaming", () => {
  it("retries a stream cut before its first token without the reader noticing", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU]) } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "stream-cut", afterEvents: 1, burst: 1 }] });
    const call = newCall();
    const text = await collect(gateway.stream("answer.simple", question(), call));
    expect(text).toContain("30 days");
    expect(summary(await rowsOf(gateway, call))).toEqual([`1 ${HAIKU}@us-east-1 error ModelStreamErrorException`, `2 ${HAIKU}@us-east-1 success`]);
  });

  it("retries a connection reset before the first token", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU]) } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "network-reset", burst: 1 }] });
    const call = newCall();
    expect(await collect(gateway.stream("answer.simple", question(), call))).toContain("30 days");
    const rows = await rowsOf(gateway, call);
    expect(rows.map((row) => row.outcome)).toEqual(["error", "success"]);
  });

  it("ends with StreamInterrupted when the stream breaks after the first token", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU, OLD_HAIKU]) } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "stream-cut", afterEvents: 5 }] });
    const call = newCall();
    const seen: ChatStreamPart[] = [];
    const failure = await collect(gateway.stream("answer.simple", question(), call), seen).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelError);
    expect(failure).toMatchObject({ code: "StreamInterrupted", retryable: true });
    expect(seen.filter((part) => part.type === "text-delta").length).toBeGreaterThan(0);
    const rows = await rowsOf(gateway, call);
    expect(summary(rows)).toEqual([`1 ${HAIKU}@us-east-1 interrupted ModelStreamErrorException`]);
    // No usage event came: what was sent and streamed is metered and priced as an estimate.
    expect(rows[0].output_tokens).toBeGreaterThan(0);
    expect(Number(rows[0].cost_usd)).toBeGreaterThan(0);
    expect(east.stats().models[OLD_HAIKU]).toBeUndefined();
  });

  it("frees the model's slot when the reader stops early, and meters the call as cancelled", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU]) }, models: { [HAIKU]: { concurrency: { limit: 1, queue: 0 } } } });
    const call = newCall();
    for await (const part of gateway.stream("answer.simple", question(), call)) if (part.type === "text-delta") break;
    expect(summary(await rowsOf(gateway, call))).toEqual([`1 ${HAIKU}@us-east-1 cancelled`]);
    expect(await collect(gateway.stream("answer.simple", question()))).toContain("30 days");
  });

  it("stops at once, without retry or fallback, when the caller aborts", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU, OLD_HAIKU]) } });
    east.setFaults({ rules: [{ model: HAIKU, kind: "latency", firstTokenMs: 2000 }] });
    const call = newCall({ signal: AbortSignal.timeout(100) });
    await expect(gateway.generateText("answer.simple", question(), call)).rejects.toMatchObject({ code: "Aborted", retryable: false });
    expect(summary(await rowsOf(gateway, call))).toEqual([`1 ${HAIKU}@us-east-1 error Aborted`]);
    expect(east.stats().models[OLD_HAIKU]).toBeUndefined();
  });
});

describe("metering", () => {
  it("records tokens, timing and cost per attempt, linked to the conversation and message, and rolls them up", async () => {
    const conversationId = randomUUID();
    await database.db.query("INSERT INTO conversations (id) VALUES ($1)", [conversationId]);
    const gateway = await gatewayWith({ tasks: { "answer.complex": chain([SONNET]) } });
    const call = newCall({ conversationId, messageId: randomUUID() });
    const answer = await gateway.generateText("answer.complex", question(), call);
    const [row] = await rowsOf(gateway, call);
    expect(row).toMatchObject({ task: "answer.complex", model_id: SONNET, region: "us-east-1", attempt: 1, outcome: "success", conversation_id: conversationId, message_id: call.messageId });
    expect(row.input_tokens).toBe(answer.usage.inputTokens);
    expect(row.output_tokens).toBe(answer.usage.outputTokens);
    expect(row.first_token_ms).toBeGreaterThanOrEqual(0);
    expect(row.latency_ms).toBeGreaterThanOrEqual(row.first_token_ms ?? 0);
    const price = catalogEntry(SONNET)!.price;
    expect(Number(row.cost_usd)).toBeCloseTo((row.input_tokens * price.input + row.output_tokens * price.output) / 1000, 8);

    const groups = await rollUpModelUsage(database.db, { from: new Date(Date.now() - 60_000), to: new Date(Date.now() + 60_000), groupBy: "task" });
    const complex = groups.find((group) => group.group === "answer.complex");
    expect(complex?.calls).toBeGreaterThanOrEqual(1);
    expect(complex?.costUsd).toBeGreaterThan(0);
    expect(complex?.latencyMs.p95).toBeGreaterThanOrEqual(complex?.latencyMs.p50 ?? 0);
  });

  it("puts a cache point after the static system prompt and meters cache writes and reads", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.complex": chain([SONNET]) } });
    const rules = Array.from({ length: 120 }, (_, index) => `Rule ${index + 1}: answer only from the sources, cite them, and keep to the customer's language.`).join("\n");
    const request: TaskRequest = { ...question(), system: [{ text: rules }, { text: "<reply_language>en</reply_language>" }] };
    const first = newCall();
    const second = newCall();
    await gateway.generateText("answer.complex", request, first);
    await gateway.generateText("answer.complex", request, second);
    const [written] = await rowsOf(gateway, first);
    const [read] = await rowsOf(gateway, second);
    expect(written.cache_write_tokens).toBeGreaterThan(1000);
    expect(read.cache_read_tokens).toBe(written.cache_write_tokens);
    const price = catalogEntry(SONNET)!.price;
    expect(Number(read.cost_usd)).toBeCloseTo((read.input_tokens * price.input + read.output_tokens * price.output + read.cache_read_tokens * price.cacheRead) / 1000, 8);
  });

  it("serves the rollups and the budget to the admin API", async () => {
    const gateway = await gatewayWith({ tasks: { "answer.simple": chain([HAIKU]) }, budget: { dailyUsd: 1000 } });
    await gateway.generateText("answer.simple", question());
    await gateway.flushMetering();
    const routes = new Hono().onError((error, context) => errorResponse(context, error as HttpError)).route("/", usageRoutes({ db: database.db, budget: () => gateway.budget() }));
    const today = new Date().toISOString().slice(0, 10);
    const byDay = await routes.request(`/usage?groupBy=day&from=${today}`);
    expect(byDay.status).toBe(200);
    const body = (await byDay.json()) as { groupBy: string; groups: Array<{ group: string; calls: number; costUsd: number }> };
    expect(body.groupBy).toBe("day");
    expect(body.groups).toHaveLength(1);
    expect(body.groups[0]).toMatchObject({ group: today });
    expect(body.groups[0].calls).toBeGreaterThan(10);
    expect((await routes.request("/usage?groupBy=region")).status).toBe(422);
    expect((await routes.request(`/usage?from=${today}&to=${today}`)).status).toBe(400);
    const budget = (await (await routes.request("/budget")).json()) as { spentUsd: number };
    expect(budget).toMatchObject({ day: today, limitUsd: 1000, tier: "normal" });
    expect(budget.spentUsd).toBeCloseTo(body.groups[0].costUsd, 6);
  });
});
