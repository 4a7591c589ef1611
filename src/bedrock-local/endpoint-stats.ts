import type { FaultKind } from "./fault-spec.ts";

/** Calls to one model id. */
export interface ModelStats {
  calls: number;
  faultsInjected: number;
  faults: Partial<Record<FaultKind, number>>;
  inFlight: number;
  /** The most calls to this model that were in flight at once. */
  maxInFlight: number;
}

/** Everything the endpoint counts, overall and per model id (as the caller wrote it, decoded). */
export interface EndpointStatsSnapshot {
  requests: number;
  inFlight: number;
  maxInFlight: number;
  faultsInjected: number;
  models: Record<string, ModelStats>;
}

interface Gauge {
  inFlight: number;
  maxInFlight: number;
}

function enter(gauge: Gauge): () => void {
  gauge.inFlight += 1;
  gauge.maxInFlight = Math.max(gauge.maxInFlight, gauge.inFlight);
  let left = false;
  return () => {
    if (left) return;
    left = true;
    gauge.inFlight -= 1;
  };
}

/** Request, concurrency and fault counters of the endpoint. */
export class EndpointStats {
  private totals = { requests: 0, faultsInjected: 0 };
  private readonly overall: Gauge = { inFlight: 0, maxInFlight: 0 };
  private models = new Map<string, ModelStats>();

  /** Counts a request in; call the returned function when its response is over. */
  requestStarted(): () => void {
    this.totals.requests += 1;
    return enter(this.overall);
  }

  /** Counts a call to a model in; call the returned function when it is over. */
  modelCallStarted(modelId: string): () => void {
    const model = this.model(modelId);
    model.calls += 1;
    return enter(model);
  }

  faultsInjected(modelId: string, kinds: readonly FaultKind[]): void {
    if (kinds.length === 0) return;
    const model = this.model(modelId);
    for (const kind of kinds) model.faults[kind] = (model.faults[kind] ?? 0) + 1;
    model.faultsInjected += kinds.length;
    this.totals.faultsInjected += kinds.length;
  }

  snapshot(): EndpointStatsSnapshot {
    const models: Record<string, ModelStats> = {};
    for (const [id, model] of this.models) models[id] = { ...model, faults: { ...model.faults } };
    return { ...this.totals, ...this.overall, models };
  }

  /** Starts counting afresh; calls still in flight stay counted as in flight. */
  reset(): void {
    this.totals = { requests: 0, faultsInjected: 0 };
    this.overall.maxInFlight = this.overall.inFlight;
    for (const [id, model] of this.models) {
      // Calls in flight hold this object and still leave through it.
      if (model.inFlight > 0) Object.assign(model, { calls: 0, faultsInjected: 0, faults: {}, maxInFlight: model.inFlight });
      else this.models.delete(id);
    }
  }

  private model(modelId: string): ModelStats {
    let model = this.models.get(modelId);
    if (!model) {
      model = { calls: 0, faultsInjected: 0, faults: {}, inFlight: 0, maxInFlight: 0 };
      this.models.set(modelId, model);
    }
    return model;
  }
}
