import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { GatewayMetrics } from "../models/gateway/gateway-ports.ts";

// Seconds; a turn's customer-facing targets are p50 1.5 s, p95 3 s, p99 5 s.
const turnBuckets = [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 5, 8, 13, 20];
const firstTokenBuckets = [0.01, 0.025, 0.05, 0.1, 0.2, 0.35, 0.5, 1, 2, 5];

/**
 * Switchboard's Prometheus metrics. Domain code never sees this module: it calls the small
 * recorder interfaces its folders declare, which these methods satisfy.
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "switchboard_" });
  const guardrailInterventions = new Counter({
    name: "switchboard_guardrail_interventions_total",
    help: "Guardrail interventions by source (INPUT/OUTPUT), category and action",
    labelNames: ["source", "category", "action"] as const,
    registers: [registry],
  });
  const escalations = new Counter({ name: "switchboard_escalations_total", help: "Escalation reasons recorded on handoffs", labelNames: ["reason"] as const, registers: [registry] });
  const turns = new Counter({ name: "switchboard_turns_total", help: "Chat turns by how they ended", labelNames: ["outcome"] as const, registers: [registry] });
  const turnDuration = new Histogram({ name: "switchboard_turn_duration_seconds", help: "Time from receiving a customer message to the end of its turn", buckets: turnBuckets, registers: [registry] });
  const firstToken = new Histogram({
    name: "switchboard_time_to_first_token_seconds",
    help: "Time from receiving a customer message to the model's first streamed token",
    buckets: firstTokenBuckets,
    registers: [registry],
  });
  const deadJobs = new Counter({ name: "switchboard_jobs_dead_total", help: "Jobs dead-lettered after their last attempt (alarm on any increase)", labelNames: ["type"] as const, registers: [registry] });
  const responseCacheLookups = new Counter({
    name: "switchboard_response_cache_lookups_total",
    help: "Response cache lookups by kind (exact, semantic) and result (hit, miss)",
    labelNames: ["kind", "result"] as const,
    registers: [registry],
  });
  const responseCacheSkips = new Counter({
    name: "switchboard_response_cache_skipped_total",
    help: "Turns that could not use the response cache, by reason (history, guardrail, tool, no_citations, …)",
    labelNames: ["reason"] as const,
    registers: [registry],
  });
  const responseCacheStores = new Counter({ name: "switchboard_response_cache_stored_total", help: "Answers stored in the response cache", registers: [registry] });
  const embeddingCacheLookups = new Counter({
    name: "switchboard_embedding_cache_lookups_total",
    help: "Query embedding cache lookups by result (hit, miss)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const httpRequests = new Counter({
    name: "switchboard_http_requests_total",
    help: "HTTP requests by method, matched route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });

  const modelCallBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60];
  const modelMetric = {
    calls: new Counter({ name: "switchboard_model_calls_total", help: "Model call attempts by model, task and outcome", labelNames: ["model", "task", "outcome"] as const, registers: [registry] }),
    duration: new Histogram({ name: "switchboard_model_call_duration_seconds", help: "Model call attempt latency", labelNames: ["model", "task"] as const, buckets: modelCallBuckets, registers: [registry] }),
    firstToken: new Histogram({ name: "switchboard_model_time_to_first_token_seconds", help: "Model time to first token per attempt", labelNames: ["model", "task"] as const, buckets: firstTokenBuckets, registers: [registry] }),
    tokens: new Counter({ name: "switchboard_model_tokens_total", help: "Model tokens by kind (input, output, cache_read, cache_write)", labelNames: ["model", "task", "kind"] as const, registers: [registry] }),
    cost: new Counter({ name: "switchboard_model_cost_usd_total", help: "Model cost in USD from the price table", labelNames: ["model", "task"] as const, registers: [registry] }),
    errors: new Counter({ name: "switchboard_model_errors_total", help: "Failed or rejected model calls by error code", labelNames: ["model", "task", "code"] as const, registers: [registry] }),
    retries: new Counter({ name: "switchboard_model_retries_total", help: "Model call retries", labelNames: ["model", "task"] as const, registers: [registry] }),
    retryDelay: new Histogram({ name: "switchboard_model_retry_delay_seconds", help: "Backoff before each model call retry", buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10], registers: [registry] }),
    circuit: new Gauge({ name: "switchboard_model_circuit_state", help: "Circuit breaker per model and region: 0 closed, 1 open, 2 half-open, 3 isolated", labelNames: ["model", "region"] as const, registers: [registry] }),
    headroom: new Gauge({ name: "switchboard_model_quota_headroom_ratio", help: "Share of the per-minute request/token quota left, per model", labelNames: ["model"] as const, registers: [registry] }),
    budgetSpent: new Gauge({ name: "switchboard_model_budget_spent_usd", help: "Model spending today (UTC)", registers: [registry] }),
    budgetRemaining: new Gauge({ name: "switchboard_model_budget_remaining_usd", help: "Daily model budget left today (absent without a budget)", registers: [registry] }),
  };
  const circuitStates = { closed: 0, open: 1, "half-open": 2, isolated: 3 };
  const gatewayMetrics: GatewayMetrics = {
    modelAttempt(attempt) {
      const labels = { model: attempt.model, task: attempt.task };
      modelMetric.calls.inc({ ...labels, outcome: attempt.outcome });
      modelMetric.duration.observe(labels, attempt.latencySeconds);
      if (attempt.firstTokenSeconds !== undefined) modelMetric.firstToken.observe(labels, attempt.firstTokenSeconds);
      const { inputTokens, outputTokens, cacheReadTokens = 0, cacheWriteTokens = 0 } = attempt.usage;
      for (const [kind, count] of [["input", inputTokens], ["output", outputTokens], ["cache_read", cacheReadTokens], ["cache_write", cacheWriteTokens]] as const) {
        if (count > 0) modelMetric.tokens.inc({ ...labels, kind }, count);
      }
      if (attempt.costUsd > 0) modelMetric.cost.inc(labels, attempt.costUsd);
      if (attempt.errorCode) modelMetric.errors.inc({ ...labels, code: attempt.errorCode });
    },
    modelRejected: (labels) => modelMetric.errors.inc(labels),
    modelRetry(labels, delayMs) {
      modelMetric.retries.inc(labels);
      modelMetric.retryDelay.observe(delayMs / 1000);
    },
    modelCircuitState: (labels, state) => modelMetric.circuit.set(labels, circuitStates[state]),
    modelQuotaHeadroom: (model, headroom) => modelMetric.headroom.set({ model }, headroom),
    modelBudget(state) {
      modelMetric.budgetSpent.set(state.spentUsd);
      if (state.remainingUsd !== null) modelMetric.budgetRemaining.set(state.remainingUsd);
    },
  };

  return {
    ...gatewayMetrics,
    guardrailIntervention: (labels: { source: string; category: string; action: string }) => guardrailInterventions.inc(labels),
    escalation: (reason: string) => escalations.inc({ reason }),
    turnFinished(outcome: string, seconds: { total: number; firstToken?: number }) {
      turns.inc({ outcome });
      turnDuration.observe(seconds.total);
      if (seconds.firstToken !== undefined) firstToken.observe(seconds.firstToken);
    },
    jobDead: (type: string) => deadJobs.inc({ type }),
    responseCacheLookup: (kind: string, result: string) => responseCacheLookups.inc({ kind, result }),
    responseCacheSkipped: (reason: string) => responseCacheSkips.inc({ reason }),
    responseCacheStored: () => responseCacheStores.inc(),
    embeddingCacheLookup: (result: string) => embeddingCacheLookups.inc({ result }),
    httpRequest: (labels: { method: string; route: string; status: number }) => httpRequests.inc({ ...labels, status: String(labels.status) }),
    /** The text exposition format and its content type. */
    async render(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
