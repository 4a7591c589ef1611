import type { z } from "zod";
import type { ChatMessage, ChatStreamPart, SystemBlock, ToolSpec, Usage } from "../model-port.ts";
import type { RoutingPolicy } from "./routing-policy.ts";

/** What a model call is for. The routing policy maps each task to an ordered chain of models. */
export const modelTasks = ["classify", "answer.simple", "answer.complex", "summarize", "suggest_reply", "extract", "judge"] as const;
export type ModelTask = (typeof modelTasks)[number];

/** Who a call is for, so its metering lands on the right message, conversation or job. */
export interface CallContext {
  conversationId?: string;
  messageId?: string;
  jobId?: string;
  /** Background work is shed or queued before interactive turns when quota headroom runs out. */
  priority?: "interactive" | "background";
  signal?: AbortSignal;
}

/** A Converse-shaped request without a model: the gateway picks the model from the task's chain. */
export interface TaskRequest {
  system: SystemBlock[];
  messages: ChatMessage[];
  tools?: ToolSpec[];
  /** At most the task's maxTokens from the policy. */
  maxTokens?: number;
  temperature?: number;
  /**
   * How many leading system blocks never change between calls (the instructions, not the sources):
   * a prompt-cache point goes after them where the model supports caching. Default 1.
   */
  staticSystemBlocks?: number;
}

export interface GeneratedText {
  text: string;
  modelId: string;
  usage: Usage;
}

export interface GeneratedObject<T> {
  object: T;
  modelId: string;
  usage: Usage;
  /** 1 when the first answer validated; up to 3 with the two repair attempts. */
  attempts: number;
}

/** Today's spending against the daily budget (UTC day). */
export interface BudgetState {
  day: string;
  spentUsd: number;
  /** Null when no daily budget is set (unlimited). */
  limitUsd: number | null;
  remainingUsd: number | null;
  remainingFraction: number | null;
  /** normal; economy (< 30 % left: complex answers on the simple chain); cheapest (< 10 %: the cheapest model); exhausted (answers refused). */
  tier: "normal" | "economy" | "cheapest" | "exhausted";
}

/**
 * Every model call Switchboard makes goes through here: routed, resilient, metered, budgeted.
 * Failures are `ModelError`s; the codes callers act on:
 * - `Overloaded`, `QuotaExceeded` (retryable): the model's concurrency or quota is used up — answer 503 / retry later.
 * - `BudgetExhausted`: today's budget is spent; answer tasks are refused — answer extractively or escalate.
 * - `StreamInterrupted` (stream only): the stream failed after its first token — apologize, keep the partial answer.
 * - any other code: every model of the chain failed; `retryable` says whether later may succeed.
 */
export interface ModelGateway {
  /** Parts of the answer; failures before the first part are retried and failed over invisibly. */
  stream(task: ModelTask, request: TaskRequest, context?: CallContext): AsyncIterable<ChatStreamPart>;
  generateText(task: ModelTask, request: TaskRequest, context?: CallContext): Promise<GeneratedText>;
  /** JSON only, validated with the schema; invalid output is repaired up to twice, then `StructuredOutputError`. */
  generateObject<T>(task: ModelTask, schema: z.ZodType<T>, request: TaskRequest, context?: CallContext): Promise<GeneratedObject<T>>;
  /** Replaces the live routing policy; calls already running finish under the old one. */
  setPolicy(policy: RoutingPolicy): void;
  policy(): RoutingPolicy;
  budget(): BudgetState;
  /** Resolves once the meter rows of every finished attempt are written. */
  flushMetering(): Promise<void>;
  /** Waits for pending meter writes and closes the provider clients. */
  close(): Promise<void>;
}

/** The model's output never validated against the schema, even after the repair attempts. */
export class StructuredOutputError extends Error {
  constructor(
    message: string,
    readonly raw: string,
    readonly validationError: string,
  ) {
    super(message);
    this.name = "StructuredOutputError";
  }
}
