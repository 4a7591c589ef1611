import { validationError } from "./bedrock-errors.ts";
import type { ChatMessage, ChatRequest, ContentBlock, ToolResult } from "./converse-types.ts";

type OpenAiContentPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };

interface OpenAiToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** A message of OpenAI's chat completions API. */
export type OpenAiMessage =
  | { role: "system"; content: string }
  | { role: "user"; content: string | OpenAiContentPart[] }
  | { role: "assistant"; content: string | null; tool_calls?: OpenAiToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

function unsupported(member: string): never {
  throw validationError(`The ${member} content block cannot be forwarded to an OpenAI-compatible server; only text, images and tools can.`);
}

// Blocks that carry nothing for the model: cache points are Bedrock's caching hints, reasoning is the model's own.
function isInert(block: ContentBlock): boolean {
  return block.cachePoint !== undefined || block.reasoningContent !== undefined;
}

function guardedText(block: ContentBlock): string | undefined {
  const guarded = block.guardContent as { text?: { text?: unknown } } | undefined;
  return typeof guarded?.text?.text === "string" ? guarded.text.text : undefined;
}

function imagePart(block: ContentBlock): OpenAiContentPart {
  const image = block.image as { format?: unknown; source?: { bytes?: unknown } };
  if (typeof image.source?.bytes !== "string") unsupported("image (from S3)");
  return { type: "image_url", image_url: { url: `data:image/${String(image.format)};base64,${image.source.bytes}` } };
}

function userPart(block: ContentBlock): OpenAiContentPart | undefined {
  if (typeof block.text === "string") return { type: "text", text: block.text };
  const guarded = guardedText(block);
  if (guarded !== undefined) return { type: "text", text: guarded };
  if (block.image !== undefined) return imagePart(block);
  if (isInert(block) || block.toolResult) return undefined;
  return unsupported(Object.keys(block)[0] ?? "empty");
}

function toolResultText(result: ToolResult): string {
  const text = result.content
    .map((item) => (typeof item.text === "string" ? item.text : item.json !== undefined ? JSON.stringify(item.json) : undefined))
    .filter((item): item is string => item !== undefined)
    .join("\n");
  // OpenAI's tool messages have no error flag; the model reads it from the content.
  return result.status === "error" ? `Error: ${text}` : text;
}

function userMessages(message: ChatMessage): OpenAiMessage[] {
  // Tool results answer the previous assistant turn, so they come first, as `tool` messages.
  const results: OpenAiMessage[] = message.content.flatMap((block) =>
    block.toolResult ? [{ role: "tool" as const, tool_call_id: block.toolResult.toolUseId, content: toolResultText(block.toolResult) }] : [],
  );
  const parts = message.content.map(userPart).filter((part): part is OpenAiContentPart => part !== undefined);
  if (parts.length === 0) return results;
  const textOnly = parts.every((part) => part.type === "text");
  const content = textOnly ? parts.map((part) => (part as { text: string }).text).join("\n\n") : parts;
  return [...results, { role: "user", content }];
}

function assistantMessage(message: ChatMessage): OpenAiMessage {
  const texts: string[] = [];
  const toolCalls: OpenAiToolCall[] = [];
  for (const block of message.content) {
    if (typeof block.text === "string") texts.push(block.text);
    else if (block.toolUse) {
      toolCalls.push({ id: block.toolUse.toolUseId, type: "function", function: { name: block.toolUse.name, arguments: JSON.stringify(block.toolUse.input ?? {}) } });
    } else if (!isInert(block)) unsupported(Object.keys(block)[0] ?? "empty");
  }
  return { role: "assistant", content: texts.length > 0 ? texts.join("") : null, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) };
}

function toolChoice(choice: unknown): unknown {
  if (!choice || typeof choice !== "object") return undefined;
  if ("auto" in choice) return "auto";
  if ("any" in choice) return "required";
  const named = (choice as { tool?: { name?: unknown } }).tool?.name;
  return typeof named === "string" ? { type: "function", function: { name: named } } : undefined;
}

/** A Converse-shaped request as the body of `POST /v1/chat/completions`. */
export function toOpenAiChatRequest(request: ChatRequest, model: string, stream: boolean): Record<string, unknown> {
  const systemText = (request.system ?? [])
    .map((block) => (typeof block.text === "string" ? block.text : guardedText(block)))
    .filter((text): text is string => text !== undefined)
    .join("\n\n");
  const messages: OpenAiMessage[] = systemText ? [{ role: "system", content: systemText }] : [];
  for (const message of request.messages) {
    if (message.role === "user") messages.push(...userMessages(message));
    else messages.push(assistantMessage(message));
  }
  const tools = (request.toolConfig?.tools ?? []).flatMap((tool) =>
    tool.toolSpec
      ? [{ type: "function", function: { name: tool.toolSpec.name, description: tool.toolSpec.description, parameters: tool.toolSpec.inputSchema?.json ?? { type: "object" } } }]
      : [],
  );
  const inference = request.inferenceConfig ?? {};
  const body: Record<string, unknown> = {
    model,
    messages,
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
    ...(inference.maxTokens === undefined ? {} : { max_tokens: inference.maxTokens }),
    ...(inference.temperature === undefined ? {} : { temperature: inference.temperature }),
    ...(inference.topP === undefined ? {} : { top_p: inference.topP }),
    ...(inference.stopSequences?.length ? { stop: inference.stopSequences } : {}),
  };
  if (tools.length > 0) {
    body.tools = tools;
    const choice = toolChoice(request.toolConfig?.toolChoice);
    if (choice !== undefined) body.tool_choice = choice;
  }
  return body;
}
