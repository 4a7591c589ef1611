import { randomBytes } from "node:crypto";
import { z } from "zod";
import { validationError } from "./bedrock-errors.ts";
import { invocationMetrics } from "./chat-invoke-format.ts";
import type { ChatInvokeFormat } from "./chat-invoke-format.ts";
import { checkConversation } from "./converse-request-schema.ts";
import type { ChatRequest, ContentBlock, ToolResultContent } from "./converse-types.ts";
import { validationMessage } from "./validation-message.ts";

const textBlock = z.object({ type: z.literal("text"), text: z.string() });

const contentBlock = z.discriminatedUnion("type", [
  textBlock.loose(),
  z.looseObject({ type: z.literal("image"), source: z.unknown() }),
  z.looseObject({ type: z.literal("document"), source: z.unknown() }),
  z.looseObject({ type: z.literal("tool_use"), id: z.string().min(1), name: z.string().min(1), input: z.unknown() }),
  z.looseObject({
    type: z.literal("tool_result"),
    tool_use_id: z.string().min(1),
    content: z.union([z.string(), z.array(z.looseObject({ type: z.string(), text: z.string().optional() }))]).optional(),
    is_error: z.boolean().optional(),
  }),
]);

const anthropicRequest = z.looseObject({
  anthropic_version: z.literal("bedrock-2023-05-31"),
  max_tokens: z.number().int().min(1),
  messages: z
    .array(z.object({ role: z.enum(["user", "assistant"]), content: z.union([z.string(), z.array(contentBlock).min(1)]) }))
    .min(1),
  system: z.union([z.string(), z.array(textBlock.loose())]).optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z.number().int().min(0).optional(),
  stop_sequences: z.array(z.string()).optional(),
  tools: z
    .array(z.looseObject({ name: z.string().min(1), description: z.string().optional(), input_schema: z.record(z.string(), z.unknown()) }))
    .optional(),
  tool_choice: z.unknown().optional(),
});

type AnthropicBlock = z.infer<typeof contentBlock>;

function toolResultContent(content: string | { type: string; text?: string }[] | undefined): ToolResultContent[] {
  if (content === undefined) return [];
  if (typeof content === "string") return [{ text: content }];
  return content.map((item) => (item.text !== undefined ? { text: item.text } : { [item.type]: item }));
}

function toContentBlock(block: AnthropicBlock): ContentBlock {
  switch (block.type) {
    case "text":
      return { text: block.text };
    case "tool_use":
      return { toolUse: { toolUseId: block.id, name: block.name, input: block.input } };
    case "tool_result":
      return {
        toolResult: {
          toolUseId: block.tool_use_id,
          content: toolResultContent(block.content),
          status: block.is_error ? "error" : "success",
        },
      };
    default:
      // Images and documents: kept so token counts see them; the offline answerer reads text only.
      return { [block.type]: block };
  }
}

function messageId(): string {
  return `msg_bdrk_${randomBytes(12).toString("base64url")}`;
}

/** Anthropic's messages API as Bedrock serves it (`anthropic_version: "bedrock-2023-05-31"`). */
export const anthropicInvokeFormat: ChatInvokeFormat = {
  toChatRequest(body: unknown): ChatRequest {
    const parsed = anthropicRequest.safeParse(body);
    if (!parsed.success) throw validationError(validationMessage(parsed.error));
    const request = parsed.data;
    const system = typeof request.system === "string" ? [{ text: request.system }] : (request.system ?? []).map((block) => ({ text: block.text }));
    const chat: ChatRequest = {
      system,
      messages: request.messages.map((message) => ({
        role: message.role,
        content: typeof message.content === "string" ? [{ text: message.content }] : message.content.map(toContentBlock),
      })),
      inferenceConfig: { maxTokens: request.max_tokens },
      toolConfig: request.tools?.length
        ? { tools: request.tools.map((tool) => ({ toolSpec: { name: tool.name, description: tool.description, inputSchema: { json: tool.input_schema } } })) }
        : undefined,
    };
    checkConversation(chat, { requireToolConfig: false });
    return chat;
  },

  response(answer, info) {
    return {
      id: messageId(),
      type: "message",
      role: "assistant",
      model: info.modelId,
      content: answer.content.map((block) =>
        "text" in block
          ? { type: "text", text: block.text }
          : { type: "tool_use", id: block.toolUse.toolUseId, name: block.toolUse.name, input: block.toolUse.input },
      ),
      stop_reason: answer.stopReason,
      stop_sequence: null,
      usage: { input_tokens: info.usage.inputTokens, output_tokens: info.usage.outputTokens },
    };
  },

  streamStart(info) {
    return [
      {
        type: "message_start",
        message: {
          id: messageId(),
          type: "message",
          role: "assistant",
          model: info.modelId,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: info.usage.inputTokens, output_tokens: 1 },
        },
      },
    ];
  },

  streamPart(part) {
    switch (part.type) {
      case "text-start":
        return [{ type: "content_block_start", index: part.index, content_block: { type: "text", text: "" } }];
      case "text-delta":
        return [{ type: "content_block_delta", index: part.index, delta: { type: "text_delta", text: part.text } }];
      case "tool-start":
        return [{ type: "content_block_start", index: part.index, content_block: { type: "tool_use", id: part.toolUseId, name: part.name, input: {} } }];
      case "tool-delta":
        return [{ type: "content_block_delta", index: part.index, delta: { type: "input_json_delta", partial_json: part.json } }];
      case "block-end":
        return [{ type: "content_block_stop", index: part.index }];
    }
  },

  streamFinish(answer, info) {
    return [
      { type: "message_delta", delta: { stop_reason: answer.stopReason, stop_sequence: null }, usage: { output_tokens: info.usage.outputTokens } },
      { type: "message_stop", "amazon-bedrock-invocationMetrics": invocationMetrics(info) },
    ];
  },
};
