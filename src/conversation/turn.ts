import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { EscalationPolicy } from "../escalation/escalation-policy.ts";
import type { Events } from "../jobs/events.ts";
import type { ModelGateway } from "../models/gateway/model-gateway.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import type { ConversationEventBus } from "./conversation-event-bus.ts";
import type { Conversation } from "./conversation-store.ts";
import { isNoAnswer } from "./no-answer.ts";
import { answerFromCache, type ResponseCacheDependencies } from "./steps/answer-from-cache.ts";
import { checkInput } from "./steps/check-input.ts";
import { checkOutput } from "./steps/check-output.ts";
import { classifyMessage } from "./steps/classify-message.ts";
import { escalate } from "./steps/escalate.ts";
import { generateAnswer, type GenerateOptions } from "./steps/generate-answer.ts";
import { loadAttachment } from "./steps/load-attachment.ts";
import { persistAnswer } from "./steps/persist-answer.ts";
import { recordUserMessage } from "./steps/record-user-message.ts";
import { resolveLanguage } from "./steps/resolve-language.ts";
import { retrieveSources } from "./steps/retrieve-sources.ts";
import { routeToHuman } from "./steps/route-to-human.ts";
import { storeInCache } from "./steps/store-in-cache.ts";
import type { TurnContext, TurnStep } from "./turn-context.ts";
import type { TurnEventSink } from "./turn-events.ts";
import type { TurnGuardrails } from "./turn-guardrails.ts";
import { noTurnMetrics, type TurnMetrics, type TurnOutcome } from "./turn-metrics.ts";
import type { TurnTools } from "./turn-tools.ts";

export interface TurnDependencies {
  db: Queryable;
  knowledgeBase: KnowledgeBase;
  gateway: ModelGateway;
  tools: TurnTools;
  guardrails: TurnGuardrails;
  escalationPolicy: EscalationPolicy;
  events: ConversationEventBus;
  /** Domain events for integrations (`conversation.escalated`, …). */
  domainEvents: Events;
  metrics?: TurnMetrics;
  /** Answers for repeated first questions; no caching when unset. */
  responseCache?: ResponseCacheDependencies;
  logger: Logger;
  options: GenerateOptions & { sources: number };
}

/**
 * A chat turn as a list of steps (the numbers are those of the architecture's turn). The language
 * is resolved first because a refusal must already speak it, and the customer's message is stored
 * only once the input guardrail has decided what of it may be stored. A cached answer skips the
 * model steps; classification (5) picks the answer tier before retrieval and generation.
 */
export function createTurnPipeline(deps: TurnDependencies): TurnStep[] {
  const metrics = deps.metrics ?? noTurnMetrics;
  const recording = { db: deps.db, logger: deps.logger, metrics, policyName: deps.guardrails.policyName };
  return [
    resolveLanguage(deps.db), // 3
    checkInput(deps.guardrails, recording), // 2
    recordUserMessage(deps.db), // 1
    routeToHuman(deps.escalationPolicy, deps.db, deps.events, deps.domainEvents), // 4
    answerFromCache(deps.responseCache, deps.db), // a hit skips 5–7
    classifyMessage(deps.gateway, deps.escalationPolicy, deps.db, deps.logger), // 5
    retrieveSources(deps.knowledgeBase, { limit: deps.options.sources }), // 6
    loadAttachment(deps.db), // 6: what the customer's attachment said
    generateAnswer(deps.gateway, deps.tools, deps.guardrails.output, deps.options), // 7 (+ 8 on the stream)
    checkOutput(recording), // 8
    escalate(deps.escalationPolicy, deps.db, deps.logger, { events: deps.domainEvents, metrics }), // 9
    persistAnswer(deps.db), // 10
    storeInCache(deps.responseCache, deps.db), // 10
  ];
}

/** Runs one turn. It never throws: failures reach the sink as an `error` event. */
export async function runTurn(
  steps: TurnStep[],
  input: { conversation: Conversation; text: string; emit: TurnEventSink; receivedAt?: number },
  logger: Logger,
  metrics: TurnMetrics = noTurnMetrics,
): Promise<TurnContext> {
  const context: TurnContext = {
    conversation: input.conversation,
    userText: input.text,
    receivedAt: input.receivedAt ?? performance.now(),
    emit: input.emit,
    userMessageId: randomUUID(),
    assistantMessageId: randomUUID(),
    history: [],
    language: input.conversation.language ?? "en",
    sources: [],
    citations: [],
    toolsUsed: [],
    verifiedOrders: [],
  };
  let failed = false;
  try {
    for (const step of steps) {
      await step(context);
      if (context.finished) break;
    }
  } catch (error) {
    failed = true;
    logger.error({ err: error, conversationId: context.conversation.id }, "turn failed");
    context.emit({ type: "error", error: { code: "internal_error", message: "Something went wrong while answering. Please try again.", retryable: true } });
  }
  if (context.failure) logger.warn({ conversationId: context.conversation.id, failure: context.failure }, "turn ended with a model failure");
  const firstTokenMs = context.answer?.firstTokenMs;
  metrics.turnFinished(turnOutcome(context, failed), {
    total: (performance.now() - context.receivedAt) / 1000,
    firstToken: firstTokenMs === undefined ? undefined : firstTokenMs / 1000,
  });
  return context;
}

/** How the turn ended, for the turn counter; the first that applies wins. */
function turnOutcome(context: TurnContext, failed: boolean): TurnOutcome {
  if (failed || context.failure) return "failed";
  if (context.deliveredToAgent) return "delivered_to_agent";
  if (context.escalation) return "escalated";
  if (context.guardrailBlocked) return "blocked";
  return isNoAnswer(context) ? "no_answer" : "answered";
}
