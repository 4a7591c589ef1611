import type { ChatRequest, ModelAnswer } from "./converse-types.ts";
import type { CacheUsage } from "./prompt-cache.ts";
import { estimateTokens } from "./token-estimate.ts";

/** Token counts in Converse's shape. */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  cacheReadInputTokens?: number;
  cacheWriteInputTokens?: number;
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  return JSON.stringify(value);
}

/** Estimated input tokens: every text the model would read — system, messages, tool results and tool specs. */
export function requestTokens(request: ChatRequest): number {
  const texts: string[] = [];
  for (const block of request.system ?? []) texts.push(block.text ?? "");
  for (const message of request.messages) {
    for (const block of message.content) {
      if (typeof block.text === "string") texts.push(block.text);
      else if (block.toolUse) texts.push(block.toolUse.name, textOf(block.toolUse.input));
      else if (block.toolResult) for (const item of block.toolResult.content) texts.push(textOf(item.text ?? item.json));
    }
  }
  for (const tool of request.toolConfig?.tools ?? []) if (tool.toolSpec) texts.push(textOf(tool.toolSpec));
  // Each message costs a few tokens of framing on real models.
  return texts.reduce((sum, text) => sum + estimateTokens(text), 0) + 3 * request.messages.length;
}

/** Estimated output tokens of an answer. */
export function answerTokens(answer: ModelAnswer): number {
  return answer.content.reduce(
    (sum, block) => sum + ("text" in block ? estimateTokens(block.text) : estimateTokens(block.toolUse.name + JSON.stringify(block.toolUse.input))),
    0,
  );
}

/** Usage of one request/answer pair. */
export function tokenUsage(request: ChatRequest, answer: ModelAnswer): TokenUsage {
  const inputTokens = requestTokens(request);
  const outputTokens = Math.max(1, answerTokens(answer));
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}

/**
 * Usage with prompt-cache counters: as on Bedrock, `inputTokens` then counts only the tokens read
 * neither from nor into the cache, and `totalTokens` still counts every token.
 */
export function withCacheUsage(usage: TokenUsage, cache: CacheUsage | undefined): TokenUsage {
  if (!cache) return usage;
  const cacheReadInputTokens = Math.min(cache.cacheReadInputTokens, usage.inputTokens);
  const cacheWriteInputTokens = Math.min(cache.cacheWriteInputTokens, usage.inputTokens - cacheReadInputTokens);
  return { ...usage, inputTokens: usage.inputTokens - cacheReadInputTokens - cacheWriteInputTokens, cacheReadInputTokens, cacheWriteInputTokens };
}
