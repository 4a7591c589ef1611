import { BedrockError, bedrockException } from "./bedrock-errors.ts";
import type { BedrockExceptionType } from "./bedrock-errors.ts";
import type { ExceptionFaultKind, FaultKind, FaultOperation, FaultRule, FaultSpec, StreamCutException } from "./fault-spec.ts";
import type { ModelReference } from "./model-id.ts";
import { modelMatcher } from "./model-pattern.ts";
import type { ModelMatcher } from "./model-pattern.ts";
import { deriveSeed, seededRandom } from "./seeded-random.ts";
import type { RandomSource } from "./seeded-random.ts";

/** An exception raised on purpose; logged as what it is, not as a failure of the endpoint. */
export class InjectedFault extends BedrockError {}

/** How malformed JSON output is made: cut off midway, or wrapped in chatty prose. */
export type MalformedJsonStyle = "cut" | "prose";

/** What the rules decided for one call. */
export interface CallFaults {
  /** The call fails with this exception before anything is served. */
  error?: BedrockError;
  /** The connection is destroyed before anything is served. */
  resetNow?: boolean;
  /** Replaces the model latency for this call. */
  latency?: { firstTokenMs?: number; perTokenMs?: number };
  malformedJson?: MalformedJsonStyle;
  /** The stream breaks after this many events: with this in-stream exception, or (none) by resetting the connection. */
  streamBreak?: { afterEvents: number; error?: BedrockError };
  /** The kinds that fired, in rule order. */
  injected: FaultKind[];
}

/** A call as the rules see it. */
export interface FaultedCall {
  model: ModelReference;
  operation: FaultOperation;
}

/** A rule's progress since the spec was set (shown by the admin route). */
export interface FaultRuleState {
  matched: number;
  fired: number;
  burstLeft?: number;
}

interface ActiveRule {
  rule: FaultRule;
  matchesModel?: ModelMatcher;
  operations?: ReadonlySet<FaultOperation>;
  random: RandomSource;
  state: FaultRuleState;
}

const DEFAULT_SEED = 1;
const DEFAULT_STREAM_CUT_EVENTS = 1;

const EXCEPTION_TYPES: Record<ExceptionFaultKind, BedrockExceptionType> = {
  throttle: "ThrottlingException",
  "model-not-ready": "ModelNotReadyException",
  "service-unavailable": "ServiceUnavailableException",
  "internal-error": "InternalServerException",
  "model-timeout": "ModelTimeoutException",
  validation: "ValidationException",
  "access-denied": "AccessDeniedException",
};

const STREAMING: ReadonlySet<FaultOperation> = new Set(["converse-stream", "invoke-stream"]);
const GENERATING: ReadonlySet<FaultOperation> = new Set(["converse", "converse-stream", "invoke", "invoke-stream"]);

function injected(type: BedrockExceptionType, message?: string, fields?: Record<string, unknown>): InjectedFault {
  const standard = bedrockException(type, message, fields);
  return new InjectedFault(standard.type, standard.status, standard.message, standard.fields);
}

function isExceptionKind(kind: FaultKind): kind is ExceptionFaultKind {
  return kind in EXCEPTION_TYPES;
}

// ConverseStream has no modelTimeoutException member; a timeout arrives there as a model stream error.
function streamCutError(exception: StreamCutException, operation: FaultOperation): InjectedFault {
  if (exception === "model-stream-error" || (exception === "model-timeout" && operation === "converse-stream")) {
    const originalStatusCode = exception === "model-timeout" ? 408 : 500;
    return injected("ModelStreamErrorException", "The model stream was interrupted.", {
      originalStatusCode,
      originalMessage: exception === "model-timeout" ? "Model timed out." : "Internal model error.",
    });
  }
  return injected(EXCEPTION_TYPES[exception]);
}

// Whether a rule's kind means anything for the call: a stream cut needs a stream, latency and bad
// JSON need a generating chat model. Calls a rule cannot affect do not use up its burst.
function kindApplies(rule: FaultRule, call: FaultedCall): boolean {
  if (rule.kind === "stream-cut" || (rule.kind === "network-reset" && rule.afterEvents !== undefined)) return STREAMING.has(call.operation);
  if (rule.kind === "latency" || rule.kind === "invalid-json") return GENERATING.has(call.operation) && call.model.kind === "chat";
  return true;
}

/**
 * Decides, call by call, which faults of a spec fire. Rules are tried in order; each has its own
 * seeded generator, so a rule's pattern depends only on the calls it matches, and the same spec
 * with the same seed fails the same calls on every run.
 */
export class FaultInjector {
  private spec: FaultSpec = { rules: [] };
  private rules: ActiveRule[] = [];

  constructor(spec?: FaultSpec) {
    if (spec) this.set(spec);
  }

  /** Replaces the spec; bursts and generators start over. */
  set(spec: FaultSpec): void {
    const seed = spec.seed ?? DEFAULT_SEED;
    this.spec = spec;
    this.rules = spec.rules.map((rule, index) => ({
      rule,
      matchesModel: rule.model === undefined ? undefined : modelMatcher(rule.model),
      operations: rule.operation === undefined ? undefined : new Set([rule.operation].flat()),
      random: seededRandom(deriveSeed(seed, `rule-${index}`)),
      state: { matched: 0, fired: 0, ...(rule.burst === undefined ? {} : { burstLeft: rule.burst }) },
    }));
  }

  clear(): void {
    this.set({ rules: [] });
  }

  /** The spec in force and each rule's progress. */
  describe(): FaultSpec & { state: FaultRuleState[] } {
    return { ...this.spec, state: this.rules.map((active) => ({ ...active.state })) };
  }

  /** The faults for one call. */
  decide(call: FaultedCall): CallFaults {
    const faults: CallFaults = { injected: [] };
    for (const active of this.rules) {
      if (!this.fires(active, call)) continue;
      const { rule } = active;
      faults.injected.push(rule.kind);
      if (isExceptionKind(rule.kind)) {
        faults.error = injected(EXCEPTION_TYPES[rule.kind], rule.message);
        return faults;
      }
      switch (rule.kind) {
        case "network-reset":
          if (rule.afterEvents === undefined) {
            faults.resetNow = true;
            return faults;
          }
          faults.streamBreak ??= { afterEvents: rule.afterEvents };
          break;
        case "stream-cut":
          faults.streamBreak ??= {
            afterEvents: rule.afterEvents ?? DEFAULT_STREAM_CUT_EVENTS,
            error: streamCutError(rule.exception ?? "model-stream-error", call.operation),
          };
          break;
        case "latency":
          faults.latency = {
            ...faults.latency,
            ...(rule.firstTokenMs === undefined ? {} : { firstTokenMs: rule.firstTokenMs }),
            ...(rule.perTokenMs === undefined ? {} : { perTokenMs: rule.perTokenMs }),
          };
          break;
        case "invalid-json":
          faults.malformedJson = active.random() < 0.5 ? "cut" : "prose";
          break;
      }
    }
    return faults;
  }

  private fires(active: ActiveRule, call: FaultedCall): boolean {
    const { rule, state } = active;
    if (active.matchesModel && !active.matchesModel(call.model)) return false;
    if (active.operations && !active.operations.has(call.operation)) return false;
    if (!kindApplies(rule, call)) return false;
    if (state.burstLeft === 0) return false;
    state.matched += 1;
    if (state.burstLeft !== undefined) state.burstLeft -= 1;
    // A rate of 1 draws nothing, so adding `rate: 1` never shifts a sequence.
    const fires = rule.rate === undefined || rule.rate >= 1 ? true : active.random() < rule.rate;
    if (fires) state.fired += 1;
    return fires;
  }
}
