import { z } from "zod";
import type { AnswerPart } from "./answer-stream.ts";
import { bedrockException } from "./bedrock-errors.ts";
import type { AnswerBlock, ModelAnswer, StopReason } from "./converse-types.ts";
import { newToolUseId } from "./order-tool.ts";

const usageSchema = z.looseObject({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0) }).nullish();

// Ollama sends arguments as an object where OpenAI sends a JSON string.
const argumentsSchema = z.union([z.string(), z.record(z.string(), z.unknown())]).nullish();

/** A non-streamed chat completion. */
export const chatCompletionSchema = z.looseObject({
  choices: z
    .array(
      z.looseObject({
        message: z.looseObject({
          content: z.string().nullish(),
          tool_calls: z
            .array(z.looseObject({ id: z.string().nullish(), function: z.looseObject({ name: z.string().min(1), arguments: argumentsSchema }) }))
            .nullish(),
        }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: usageSchema,
});

/** One `data:` chunk of a streamed chat completion. */
export const chatCompletionChunkSchema = z.looseObject({
  choices: z
    .array(
      z.looseObject({
        delta: z
          .looseObject({
            content: z.string().nullish(),
            tool_calls: z
              .array(
                z.looseObject({
                  index: z.number().int().min(0).optional(),
                  id: z.string().nullish(),
                  function: z.looseObject({ name: z.string().nullish(), arguments: argumentsSchema }).nullish(),
                }),
              )
              .nullish(),
          })
          .nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .default([]),
  usage: usageSchema,
});

export type ChatCompletion = z.infer<typeof chatCompletionSchema>;
export type ChatCompletionChunk = z.infer<typeof chatCompletionChunkSchema>;

/** Upstream token counts, when the server reports them. */
export interface UpstreamUsage {
  inputTokens: number;
  outputTokens: number;
}

interface PendingToolCall {
  id?: string;
  name: string;
  arguments: string;
}

function stopReasonOf(finishReason: string | null | undefined, hasToolCalls: boolean): StopReason {
  // Some servers (Ollama) finish a tool call with "stop".
  if (hasToolCalls || finishReason === "tool_calls" || finishReason === "function_call") return "tool_use";
  if (finishReason === "length") return "max_tokens";
  if (finishReason === "content_filter") return "content_filtered";
  return "end_turn";
}

// Bedrock tool use ids are [a-zA-Z0-9_-]{1,64}; OpenAI-compatible servers choose their own.
function toolUseId(id: string | undefined): string {
  const cleaned = (id ?? "").replace(/[^a-zA-Z0-9_-]/g, "_").slice(0, 64);
  return cleaned || newToolUseId();
}

function toolInput(call: PendingToolCall): Record<string, unknown> {
  if (call.arguments.trim() === "") return {};
  try {
    const input: unknown = JSON.parse(call.arguments);
    if (input && typeof input === "object" && !Array.isArray(input)) return input as Record<string, unknown>;
  } catch {
    // Falls through to the error below.
  }
  throw bedrockException("ModelErrorException", `The model called ${call.name} with arguments that are not a JSON object.`);
}

function answerOf(text: string, toolCalls: readonly PendingToolCall[], finishReason: string | null | undefined): ModelAnswer {
  const content: AnswerBlock[] = text ? [{ text }] : [];
  for (const call of toolCalls) content.push({ toolUse: { toolUseId: toolUseId(call.id), name: call.name, input: toolInput(call) } });
  return { content: content.length > 0 ? content : [{ text: "" }], stopReason: stopReasonOf(finishReason, toolCalls.length > 0) };
}

function usageOf(usage: ChatCompletion["usage"]): UpstreamUsage | undefined {
  return usage ? { inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens } : undefined;
}

function argumentsText(value: z.infer<typeof argumentsSchema>): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A whole chat completion as a Converse answer. */
export function answerFromCompletion(completion: ChatCompletion): { answer: ModelAnswer; usage?: UpstreamUsage } {
  const choice = completion.choices[0]!;
  const toolCalls = (choice.message.tool_calls ?? []).map((call) => ({
    id: call.id ?? undefined,
    name: call.function.name,
    arguments: argumentsText(call.function.arguments),
  }));
  return { answer: answerOf(choice.message.content ?? "", toolCalls, choice.finish_reason), usage: usageOf(completion.usage) };
}

/**
 * Turns streamed chunks into answer parts. Text streams through as it comes; tool calls are
 * gathered (servers may interleave their fragments) and handed over whole when the stream ends,
 * each as one content block after the text.
 */
export class CompletionStreamAssembler {
  private text = "";
  private textOpen = false;
  private readonly toolCalls = new Map<number, PendingToolCall>();
  private finishReason: string | null | undefined;
  private usage: UpstreamUsage | undefined;

  /** The parts a chunk adds. */
  push(chunk: ChatCompletionChunk): AnswerPart[] {
    this.usage = usageOf(chunk.usage) ?? this.usage;
    const choice = chunk.choices[0];
    if (!choice) return [];
    this.finishReason = choice.finish_reason ?? this.finishReason;
    const parts: AnswerPart[] = [];
    const content = choice.delta?.content;
    if (content) {
      if (!this.textOpen) parts.push({ type: "text-start", index: 0 });
      this.textOpen = true;
      this.text += content;
      parts.push({ type: "text-delta", index: 0, text: content });
    }
    for (const [position, fragment] of (choice.delta?.tool_calls ?? []).entries()) {
      const index = fragment.index ?? position;
      const call = this.toolCalls.get(index) ?? { name: "", arguments: "" };
      call.id ??= fragment.id ?? undefined;
      call.name += fragment.function?.name ?? "";
      call.arguments += argumentsText(fragment.function?.arguments);
      this.toolCalls.set(index, call);
    }
    return parts;
  }

  /** The closing parts, the whole answer and the server's usage. */
  finish(): { parts: AnswerPart[]; answer: ModelAnswer; usage?: UpstreamUsage } {
    const calls = [...this.toolCalls.entries()].sort(([left], [right]) => left - right).map(([, call]) => call);
    const answer = answerOf(this.text, calls, this.finishReason);
    const parts: AnswerPart[] = this.textOpen ? [{ type: "block-end", index: 0 }] : [];
    answer.content.forEach((block, index) => {
      if (!("toolUse" in block)) return;
      parts.push({ type: "tool-start", index, toolUseId: block.toolUse.toolUseId, name: block.toolUse.name });
      parts.push({ type: "tool-delta", index, json: JSON.stringify(block.toolUse.input) });
      parts.push({ type: "block-end", index });
    });
    return { parts, answer, usage: this.usage };
  }
}
