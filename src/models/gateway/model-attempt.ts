import { performance } from "node:perf_hooks";
import { BrokenCircuitError, BulkheadRejectedError, TaskCancelledError, TimeoutStrategy, timeout, type BulkheadPolicy, type CircuitBreakerPolicy } from "cockatiel";
import { estimateTokens } from "../../knowledge/chunk/estimate-tokens.ts";
import { ModelError, type ChatMessage, type ChatModel, type ChatStreamPart, type Usage } from "../model-port.ts";
import { mapBedrockError } from "../providers/bedrock/map-bedrock-error.ts";
import type { AttemptOutcome } from "./gateway-ports.ts";
import type { CallContext, ModelTask, TaskRequest } from "./model-gateway.ts";
import { prepareSystemBlocks } from "./prepare-system-blocks.ts";
import type { QuotaReservation } from "./quota-tracker.ts";
import type { ModelLocation, ResolvedModelSettings, TaskSettings } from "./routing-policy.ts";

/** One try of one model in one region. */
export interface AttemptPlan {
  task: ModelTask;
  modelId: string;
  location: ModelLocation;
  model: ResolvedModelSettings;
  taskSettings: TaskSettings;
  request: TaskRequest;
  context: CallContext;
  /** `first-part`: hand the stream over at its first part; `whole`: read it all before succeeding. */
  mode: "first-part" | "whole";
}

export interface AttemptServices {
  chatModel: ChatModel;
  breaker: CircuitBreakerPolicy;
  bulkhead: BulkheadPolicy;
  /** Undefined when the model's quota has no headroom for this call. */
  reserveQuota(tokens: number): Promise<QuotaReservation | undefined>;
  acquireSlot(bulkhead: BulkheadPolicy, signal?: AbortSignal): Promise<() => void>;
  /** Numbers the attempts of one call that reach a model (1, 2, …). */
  nextAttempt(): number;
  /** Called once per attempt that reached the model. */
  ended(result: AttemptResult): void;
}

export interface AttemptResult {
  plan: AttemptPlan;
  attempt: number;
  outcome: AttemptOutcome;
  error?: ModelError;
  usage: Usage;
  firstTokenMs?: number;
  latencyMs: number;
}

/** An attempt that produced its first part (or all of them): the parts, including those already read. */
export interface OpenedAttempt {
  modelId: string;
  region: string;
  parts: AsyncGenerator<ChatStreamPart>;
}

/** The tokens Bedrock reserves for a call at its start: the input, plus everything it may write. */
export function reservedTokens(request: TaskRequest, maxTokens: number): number {
  const texts = [...request.system.map((block) => ("text" in block ? block.text : "")), ...request.messages.flatMap(messageTexts)];
  return texts.reduce((sum, text) => sum + estimateTokens(text), 0) + maxTokens;
}

function messageTexts(message: ChatMessage): string[] {
  return message.content.map((block) => {
    if ("text" in block) return block.text;
    if ("toolUse" in block) return JSON.stringify(block.toolUse.input);
    if ("toolResult" in block) return JSON.stringify(block.toolResult.content);
    return "";
  });
}

/**
 * Runs one attempt behind the model's quota, its bulkhead and the (model, region) circuit breaker,
 * within the task's time-to-first-token and total timeouts.
 */
export async function runModelAttempt(plan: AttemptPlan, services: AttemptServices): Promise<OpenedAttempt> {
  const maxTokens = Math.min(plan.request.maxTokens ?? plan.taskSettings.maxTokens, plan.taskSettings.maxTokens);
  const reservation = await services.reserveQuota(reservedTokens(plan.request, maxTokens));
  if (!reservation) throw new ModelError(`No quota headroom for ${plan.modelId}`, "QuotaExceeded", true);
  let release: () => void;
  try {
    release = await services.acquireSlot(services.bulkhead, plan.context.signal);
  } catch (error) {
    reservation.cancel();
    if (error instanceof BulkheadRejectedError) throw new ModelError(`Too many concurrent calls to ${plan.modelId}`, "Overloaded", true, { cause: error });
    throw error;
  }
  let reached = false;
  try {
    return await services.breaker.execute(() => {
      reached = true;
      return callModel(plan, services, { attempt: services.nextAttempt(), maxTokens, reservation, release });
    });
  } catch (error) {
    if (!reached) {
      release();
      reservation.cancel();
    }
    if (error instanceof BrokenCircuitError) throw new ModelError(`Circuit open for ${plan.modelId} in ${plan.location.region}`, "CircuitOpen", true, { cause: error });
    throw error;
  }
}

async function callModel(plan: AttemptPlan, services: AttemptServices, held: { attempt: number; maxTokens: number; reservation: QuotaReservation; release: () => void }): Promise<OpenedAttempt> {
  const { taskSettings, request, context } = plan;
  const controller = new AbortController();
  const signal = context.signal ? AbortSignal.any([controller.signal, context.signal]) : controller.signal;
  const startedAt = performance.now();
  let firstTokenMs: number | undefined;
  let usage: Usage | undefined;
  let streamedText = "";
  let timedOut: "FirstTokenTimeout" | "TotalTimeout" | undefined;
  const totalTimer = setTimeout(() => {
    timedOut ??= "TotalTimeout";
    controller.abort();
  }, taskSettings.timeouts.totalMs);

  let ended = false;
  const end = (outcome: AttemptOutcome, error?: ModelError) => {
    if (ended) return;
    ended = true;
    clearTimeout(totalTimer);
    if (outcome !== "success") controller.abort();
    held.release();
    // Without a final usage event, what was sent and streamed is the best count there is.
    const counted = usage ?? { inputTokens: reservedTokens(request, 0), outputTokens: estimateTokens(streamedText) };
    held.reservation.settle(counted.inputTokens + counted.outputTokens + (counted.cacheReadTokens ?? 0) + (counted.cacheWriteTokens ?? 0));
    services.ended({ plan, attempt: held.attempt, outcome, error, usage: usage ?? (firstTokenMs === undefined ? { inputTokens: 0, outputTokens: 0 } : counted), firstTokenMs, latencyMs: performance.now() - startedAt });
  };

  const failure = (error: unknown): ModelError => {
    if (context.signal?.aborted) return new ModelError("The caller cancelled the model call", "Aborted", false, { cause: error });
    if (timedOut) return new ModelError(`${plan.modelId} timed out (${timedOut})`, timedOut, true, { cause: error });
    return mapBedrockError(error);
  };

  const iterator = services.chatModel
    .stream({
      modelId: plan.modelId,
      system: prepareSystemBlocks(request.system, { promptCaching: plan.model.promptCaching, staticBlocks: request.staticSystemBlocks }),
      messages: request.messages,
      tools: request.tools,
      maxTokens: held.maxTokens,
      temperature: request.temperature,
      performanceConfig: plan.model.latencyOptimized ? taskSettings.performanceConfig : undefined,
      signal,
    })
    [Symbol.asyncIterator]();
  let finished = false;
  const next = async (): Promise<IteratorResult<ChatStreamPart>> => {
    let result: IteratorResult<ChatStreamPart>;
    try {
      result = await iterator.next();
    } catch (error) {
      throw failure(error);
    }
    if (result.done) {
      // A stream that stops without its usage event was cut off.
      if (!finished) throw failure(new ModelError(`${plan.modelId} ended its stream without finishing`, "IncompleteStream", true));
      return result;
    }
    const part = result.value;
    if (part.type === "text-delta") streamedText += part.text;
    if (part.type === "finish") {
      finished = true;
      usage = part.usage;
      // Callers store which model of the chain answered.
      return { done: false, value: { ...part, modelId: plan.modelId } };
    }
    return result;
  };

  let first: IteratorResult<ChatStreamPart>;
  try {
    first = await timeout(taskSettings.timeouts.ttftMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }).execute(() => next());
    firstTokenMs = performance.now() - startedAt;
    if (plan.mode === "whole") {
      const parts = first.done ? [] : [first.value];
      for (let result = await next(); !result.done; result = await next()) parts.push(result.value);
      end("success");
      return { modelId: plan.modelId, region: plan.location.region, parts: replay(parts) };
    }
  } catch (error) {
    if (error instanceof TaskCancelledError) timedOut ??= "FirstTokenTimeout";
    const modelError = failure(error);
    end("error", modelError);
    throw modelError;
  }

  async function* remaining(): AsyncGenerator<ChatStreamPart> {
    try {
      if (!first.done) yield first.value;
      for (let result = await next(); !result.done; result = await next()) yield result.value;
      end("success");
    } catch (error) {
      const modelError = failure(error);
      end("interrupted", modelError);
      if (modelError.code === "Aborted") throw modelError;
      throw new ModelError(`The answer stream from ${plan.modelId} broke off: ${modelError.message}`, "StreamInterrupted", true, { cause: modelError });
    } finally {
      // The reader stopped early (closed the conversation, hit a guardrail): nothing failed.
      end("cancelled");
    }
  }
  return { modelId: plan.modelId, region: plan.location.region, parts: remaining() };
}

async function* replay(parts: ChatStreamPart[]): AsyncGenerator<ChatStreamPart> {
  yield* parts;
}
