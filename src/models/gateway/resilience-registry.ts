import { BulkheadPolicy, CircuitBreakerPolicy, CircuitState, ConsecutiveBreaker, bulkhead, circuitBreaker, handleWhen } from "cockatiel";
import { countsAgainstTarget } from "./failure-policy.ts";
import type { GatewayMetrics } from "./gateway-ports.ts";
import type { RoutingPolicy } from "./routing-policy.ts";
import { resolveModelSettings } from "./routing-policy.ts";

const stateNames = { [CircuitState.Closed]: "closed", [CircuitState.Open]: "open", [CircuitState.HalfOpen]: "half-open", [CircuitState.Isolated]: "isolated" } as const;

/**
 * The long-lived resilience state: a circuit breaker per (model, region) and a bulkhead per model,
 * built from the policy they were created under. A new policy starts them afresh.
 */
export function createResilienceRegistry(metrics?: GatewayMetrics) {
  let breakers = new Map<string, CircuitBreakerPolicy>();
  let bulkheads = new Map<string, BulkheadPolicy>();
  let builtFor: RoutingPolicy | undefined;
  const forPolicy = (policy: RoutingPolicy) => {
    if (builtFor !== policy) {
      builtFor = policy;
      breakers = new Map();
      bulkheads = new Map();
    }
  };
  return {
    breaker(policy: RoutingPolicy, model: string, region: string): CircuitBreakerPolicy {
      forPolicy(policy);
      const key = `${model}@${region}`;
      let breaker = breakers.get(key);
      if (!breaker) {
        breaker = circuitBreaker(handleWhen(countsAgainstTarget), {
          halfOpenAfter: policy.breaker.halfOpenAfterMs,
          breaker: new ConsecutiveBreaker(policy.breaker.consecutiveFailures),
        });
        breaker.onStateChange((state) => metrics?.modelCircuitState({ model, region }, stateNames[state]));
        metrics?.modelCircuitState({ model, region }, "closed");
        breakers.set(key, breaker);
      }
      return breaker;
    },
    bulkhead(policy: RoutingPolicy, model: string): BulkheadPolicy {
      forPolicy(policy);
      let modelBulkhead = bulkheads.get(model);
      if (!modelBulkhead) {
        const { limit, queue } = resolveModelSettings(policy, model).concurrency;
        modelBulkhead = bulkhead(limit, queue);
        bulkheads.set(model, modelBulkhead);
      }
      return modelBulkhead;
    },
  };
}

export type ResilienceRegistry = ReturnType<typeof createResilienceRegistry>;

/**
 * Takes a bulkhead slot and keeps it until the returned release is called — a stream holds its slot
 * for as long as it is read, past the promise that `execute` would settle.
 */
export function acquireSlot(policy: BulkheadPolicy, signal?: AbortSignal): Promise<() => void> {
  return new Promise((resolve, reject) => {
    policy.execute(() => new Promise<void>((release) => resolve(release)), signal).catch(reject);
  });
}
