import type { z } from "zod";
import type { ChatMessage, ChatStreamPart, SystemBlock, ToolSpec, Usage } from "../model-port.ts";

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
  maxTokens?: number;
  temperature?: number;
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

/** Every model call Switchboard makes goes through here: routed, resilient, metered, budgeted. */
export interface ModelGateway {
  stream(task: ModelTask, request: TaskRequest, context?: CallContext): AsyncIterable<ChatStreamPart>;
  generateText(task: ModelTask, request: TaskRequest, context?: CallContext): Promise<GeneratedText>;
  /** JSON only, validated with the schema; invalid output is repaired up to twice, then `StructuredOutputError`. */
  generateObject<T>(task: ModelTask, schema: z.ZodType<T>, request: TaskRequest, context?: CallContext): Promise<GeneratedObject<T>>;
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
