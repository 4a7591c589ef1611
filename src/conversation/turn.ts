import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { ChatModel } from "../models/model-port.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import type { Conversation } from "./conversation-store.ts";
import { generateAnswer, type GenerateOptions } from "./steps/generate-answer.ts";
import { persistAnswer } from "./steps/persist-answer.ts";
import { recordUserMessage } from "./steps/record-user-message.ts";
import { resolveLanguage } from "./steps/resolve-language.ts";
import { retrieveSources } from "./steps/retrieve-sources.ts";
import type { TurnContext, TurnStep } from "./turn-context.ts";
import type { TurnEventSink } from "./turn-events.ts";
import type { TurnTools } from "./turn-tools.ts";

export interface TurnDependencies {
  db: Queryable;
  knowledgeBase: KnowledgeBase;
  chatModel: ChatModel;
  tools: TurnTools;
  logger: Logger;
  options: GenerateOptions & { sources: number };
}

/**
 * A chat turn as a list of steps (the numbers are those of the architecture's turn). Guardrails
 * (2, 8), escalation (4, 9) and routing (5) slot in between without touching the others.
 */
export function createTurnPipeline(deps: TurnDependencies): TurnStep[] {
  return [
    recordUserMessage(deps.db), // 1
    resolveLanguage(deps.db), // 3
    retrieveSources(deps.knowledgeBase, { limit: deps.options.sources }), // 6
    generateAnswer(deps.chatModel, deps.tools, deps.options), // 7
    persistAnswer(deps.db), // 10
  ];
}

/** Runs one turn. It never throws: failures reach the sink as an `error` event. */
export async function runTurn(
  steps: TurnStep[],
  input: { conversation: Conversation; text: string; emit: TurnEventSink; receivedAt?: number },
  logger: Logger,
): Promise<TurnContext> {
  const context: TurnContext = {
    conversation: input.conversation,
    userText: input.text,
    receivedAt: input.receivedAt ?? performance.now(),
    emit: input.emit,
    assistantMessageId: randomUUID(),
    history: [],
    language: input.conversation.language ?? "en",
    sources: [],
    citations: [],
  };
  try {
    for (const step of steps) {
      await step(context);
      if (context.finished) break;
    }
  } catch (error) {
    logger.error({ err: error, conversationId: context.conversation.id }, "turn failed");
    context.emit({ type: "error", error: { code: "internal_error", message: "Something went wrong while answering. Please try again.", retryable: true } });
  }
  if (context.failure) logger.warn({ conversationId: context.conversation.id, failure: context.failure }, "turn ended with a model failure");
  return context;
}
