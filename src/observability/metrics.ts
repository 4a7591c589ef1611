import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

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
  const httpRequests = new Counter({
    name: "switchboard_http_requests_total",
    help: "HTTP requests by method, matched route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });

  return {
    guardrailIntervention: (labels: { source: string; category: string; action: string }) => guardrailInterventions.inc(labels),
    escalation: (reason: string) => escalations.inc({ reason }),
    turnFinished(outcome: string, seconds: { total: number; firstToken?: number }) {
      turns.inc({ outcome });
      turnDuration.observe(seconds.total);
      if (seconds.firstToken !== undefined) firstToken.observe(seconds.firstToken);
    },
    jobDead: (type: string) => deadJobs.inc({ type }),
    httpRequest: (labels: { method: string; route: string; status: number }) => httpRequests.inc({ ...labels, status: String(labels.status) }),
    /** The text exposition format and its content type. */
    async render(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
