import type { ChatModel, Usage } from "../model-port.ts";
import type { BudgetState, ModelTask } from "./model-gateway.ts";
import type { ModelLocation } from "./routing-policy.ts";

/** Chat models by region (and endpoint); the gateway's only way to reach a provider. */
export interface ChatModelProvider {
  chatModelAt(location: ModelLocation): ChatModel;
  close(): Promise<void>;
}

export type AttemptOutcome = "success" | "error" | "interrupted" | "cancelled";

/** What the gateway reports to Prometheus; `createMetrics()` satisfies it. */
export interface GatewayMetrics {
  modelAttempt(attempt: {
    task: ModelTask;
    model: string;
    region: string;
    outcome: AttemptOutcome;
    errorCode?: string;
    latencySeconds: number;
    firstTokenSeconds?: number;
    usage: Usage;
    costUsd: number;
  }): void;
  /** A call turned away before reaching the model (bulkhead full, quota, circuit open). */
  modelRejected(labels: { task: ModelTask; model: string; code: string }): void;
  /** A retry of the same model and region, after a backoff of `delayMs`. */
  modelRetry(labels: { task: ModelTask; model: string }, delayMs: number): void;
  modelCircuitState(labels: { model: string; region: string }, state: "closed" | "open" | "half-open" | "isolated"): void;
  modelQuotaHeadroom(model: string, headroom: number): void;
  modelBudget(state: BudgetState): void;
}

export interface GatewayLogger {
  warn(object: object, message?: string): void;
}
