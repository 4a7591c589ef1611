import { retry, handleWhen } from "cockatiel";
import type { z } from "zod";
import { ModelError, type ChatStreamPart, type Usage } from "../model-port.ts";
import { mapBedrockError } from "../providers/bedrock/map-bedrock-error.ts";
import type { Queryable } from "../../storage/database.ts";
import { chainForBudget } from "./budget-routing.ts";
import { costOfUsage } from "./cost-of-usage.ts";
import { createDailyBudget, startOfUtcDay, type Clock } from "./daily-budget.ts";
import { failureAction, isRejection } from "./failure-policy.ts";
import type { ChatModelProvider, GatewayLogger, GatewayMetrics } from "./gateway-ports.ts";
import { createModelCallMeter, spentSince } from "./model-call-meter.ts";
import { runModelAttempt, type AttemptPlan, type AttemptResult, type AttemptServices, type OpenedAttempt } from "./model-attempt.ts";
import { StructuredOutputError, type CallContext, type GeneratedObject, type ModelGateway, type ModelTask, type TaskRequest } from "./model-gateway.ts";
import { createQuotaTracker, reserveQuota } from "./quota-tracker.ts";
import { acquireSlot, createResilienceRegistry } from "./resilience-registry.ts";
import { retryBackoff } from "./retry-backoff.ts";
import { resolveModelSettings, type ModelLocation, type RoutingPolicy } from "./routing-policy.ts";
import { jsonOnlyInstruction, parseStructuredOutput, repairMessages } from "./structured-output.ts";

export interface ModelGatewayDependencies {
  db: Queryable;
  policy: RoutingPolicy;
  providers: ChatModelProvider;
  /** Where models without regions of their own in the policy are called. */
  defaultLocation: ModelLocation;
  metrics?: GatewayMetrics;
  logger?: GatewayLogger;
  /** The time budgets and quota windows go by. */
  clock?: Clock;
}

// The first answer plus the two repairs.
const structuredOutputAttempts = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The model gateway: routes each task along its chain, resilient, metered and within quota and budget. */
export async function createModelGateway(deps: ModelGatewayDependencies): Promise<ModelGateway> {
  const clock = deps.clock ?? { now: () => Date.now() };
  let policy = deps.policy;
  const budget = createDailyBudget({ limitUsd: policy.budget.dailyUsd, spentTodayUsd: await spentSince(deps.db, startOfUtcDay(clock.now())), clock });
  deps.metrics?.modelBudget(budget.state());
  const quotas = createQuotaTracker(clock);
  const resilience = createResilienceRegistry(deps.metrics);
  const meter = createModelCallMeter(deps.db, deps.logger);

  const attemptEnded = (result: AttemptResult) => {
    const { plan } = result;
    const costUsd = costOfUsage(plan.model.price, result.usage);
    budget.add(costUsd);
    meter.record({
      task: plan.task,
      modelId: plan.modelId,
      region: plan.location.region,
      attempt: result.attempt,
      context: plan.context,
      usage: result.usage,
      firstTokenMs: result.firstTokenMs,
      latencyMs: result.latencyMs,
      outcome: result.outcome,
      errorCode: result.error?.code,
      costUsd,
    });
    deps.metrics?.modelAttempt({
      task: plan.task,
      model: plan.modelId,
      region: plan.location.region,
      outcome: result.outcome,
      errorCode: result.error?.code,
      latencySeconds: result.latencyMs / 1000,
      firstTokenSeconds: result.firstTokenMs === undefined ? undefined : result.firstTokenMs / 1000,
      usage: result.usage,
      costUsd,
    });
    deps.metrics?.modelBudget(budget.state());
    if (plan.model.quota) deps.metrics?.modelQuotaHeadroom(plan.modelId, quotas.headroom(plan.modelId, plan.model.quota));
  };

  const retryPolicy = (current: RoutingPolicy, task: ModelTask, modelId: string) => {
    const policyForTarget = retry(
      handleWhen((error) => error instanceof ModelError && failureAction(error) === "retry"),
      // cockatiel counts retries, the policy counts attempts.
      { maxAttempts: current.retry.maxAttempts - 1, backoff: retryBackoff(current.retry) },
    );
    policyForTarget.onRetry(({ delay }) => deps.metrics?.modelRetry({ task, model: modelId }, delay));
    return policyForTarget;
  };

  const attemptServices = (current: RoutingPolicy, plan: Omit<AttemptPlan, "mode">, nextAttempt: () => number): AttemptServices => {
    const { modelId, model, location, context } = plan;
    return {
      chatModel: deps.providers.chatModelAt(location),
      breaker: resilience.breaker(current, modelId, location.region),
      bulkhead: resilience.bulkhead(current, modelId),
      async reserveQuota(tokens) {
        if (!model.quota) return { settle: () => {}, cancel: () => {} };
        const priority = context.priority ?? "interactive";
        const { interactiveReserve, backgroundWaitMs } = current.quota;
        const reservation = await reserveQuota(quotas, { model: modelId, quota: model.quota, tokens, priority, interactiveReserve, waitMs: backgroundWaitMs }, sleep);
        deps.metrics?.modelQuotaHeadroom(modelId, quotas.headroom(modelId, model.quota));
        return reservation;
      },
      acquireSlot,
      nextAttempt,
      ended: attemptEnded,
    };
  };

  /** Walks the task's chain (models, then each model's regions) until an attempt opens. */
  async function open(task: ModelTask, request: TaskRequest, context: CallContext, mode: "first-part" | "whole"): Promise<OpenedAttempt> {
    const current = policy;
    const taskSettings = current.tasks[task];
    const chain = chainForBudget(current, task, budget.state().tier);
    const models = taskSettings.onFailure === "wait" ? chain.slice(0, 1) : chain;
    let attempts = 0;
    let lastError: ModelError | undefined;
    for (const modelId of models) {
      const model = resolveModelSettings(current, modelId);
      for (const location of model.regions ?? [deps.defaultLocation]) {
        const plan = { task, modelId, location, model, taskSettings, request, context, mode };
        const services = attemptServices(current, plan, () => ++attempts);
        try {
          return await retryPolicy(current, task, modelId).execute(() => runModelAttempt(plan, services), context.signal);
        } catch (error) {
          const failure = mapBedrockError(error);
          if (context.signal?.aborted || failureAction(failure) === "stop") throw failure;
          if (isRejection(failure)) deps.metrics?.modelRejected({ task, model: modelId, code: failure.code });
          lastError = failure;
        }
      }
    }
    // The chain is never empty (the schema says so), so some attempt failed before this.
    throw lastError!;
  }

  async function generateText(task: ModelTask, request: TaskRequest, context: CallContext = {}) {
    const opened = await open(task, request, context, "whole");
    let text = "";
    let usage: Usage = { inputTokens: 0, outputTokens: 0 };
    for await (const part of opened.parts) {
      if (part.type === "text-delta") text += part.text;
      if (part.type === "finish") usage = part.usage;
    }
    return { text, modelId: opened.modelId, usage };
  }

  return {
    async *stream(task: ModelTask, request: TaskRequest, context: CallContext = {}): AsyncGenerator<ChatStreamPart> {
      const opened = await open(task, request, context, "first-part");
      yield* opened.parts;
    },
    generateText,
    async generateObject<T>(task: ModelTask, schema: z.ZodType<T>, request: TaskRequest, context: CallContext = {}): Promise<GeneratedObject<T>> {
      const system = [...request.system, jsonOnlyInstruction(schema)];
      const usages: Usage[] = [];
      let messages = request.messages;
      let raw = "";
      let validationError = "";
      for (let attempts = 1; attempts <= structuredOutputAttempts; attempts++) {
        const result = await generateText(task, { ...request, system, messages }, context);
        usages.push(result.usage);
        const parsed = parseStructuredOutput(schema, result.text);
        if (parsed.success) return { object: parsed.data, modelId: result.modelId, usage: sumUsage(usages), attempts };
        raw = result.text;
        validationError = parsed.error;
        messages = repairMessages(request.messages, raw, validationError);
      }
      throw new StructuredOutputError(`The ${task} output did not validate after ${structuredOutputAttempts} attempts: ${validationError}`, raw, validationError);
    },
    setPolicy(next) {
      policy = next;
      budget.setLimit(next.budget.dailyUsd);
      deps.metrics?.modelBudget(budget.state());
    },
    policy: () => policy,
    budget: () => budget.state(),
    flushMetering: () => meter.flush(),
    async close() {
      await meter.flush();
      await deps.providers.close();
    },
  };
}

function sumUsage(usages: Usage[]): Usage {
  const total = (pick: (usage: Usage) => number | undefined) => usages.reduce((sum, usage) => sum + (pick(usage) ?? 0), 0);
  return {
    inputTokens: total((usage) => usage.inputTokens),
    outputTokens: total((usage) => usage.outputTokens),
    cacheReadTokens: total((usage) => usage.cacheReadTokens),
    cacheWriteTokens: total((usage) => usage.cacheWriteTokens),
  };
}
