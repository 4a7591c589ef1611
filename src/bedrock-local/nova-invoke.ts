import { z } from "zod";
import { validationError } from "./bedrock-errors.ts";
import { invocationMetrics } from "./chat-invoke-format.ts";
import type { ChatInvokeFormat } from "./chat-invoke-format.ts";
import { checkConversation, converseRequestSchema } from "./converse-request-schema.ts";
import type { ChatRequest } from "./converse-types.ts";
import { validationMessage } from "./validation-message.ts";

// Nova's native body is Converse's with snake_case inference settings.
const novaRequest = converseRequestSchema.extend({
  schemaVersion: z.string().optional(),
  inferenceConfig: z
    .looseObject({
      max_new_tokens: z.number().int().min(1).optional(),
      maxTokens: z.number().int().min(1).optional(),
      temperature: z.number().min(0).max(1).optional(),
      topP: z.number().min(0).max(1).optional(),
      top_p: z.number().min(0).max(1).optional(),
      stopSequences: z.array(z.string()).optional(),
    })
    .optional(),
});

/** Amazon Nova's native InvokeModel body (messages-v1). */
export const novaInvokeFormat: ChatInvokeFormat = {
  toChatRequest(body: unknown): ChatRequest {
    const parsed = novaRequest.safeParse(body);
    if (!parsed.success) throw validationError(validationMessage(parsed.error));
    const { messages, system, toolConfig, inferenceConfig } = parsed.data;
    const chat: ChatRequest = {
      messages,
      system,
      toolConfig,
      inferenceConfig: { maxTokens: inferenceConfig?.max_new_tokens ?? inferenceConfig?.maxTokens },
    };
    checkConversation(chat);
    return chat;
  },

  response(answer, info) {
    return {
      output: { message: { role: "assistant", content: answer.content } },
      stopReason: answer.stopReason,
      usage: { ...info.usage, cacheReadInputTokenCount: 0, cacheWriteInputTokenCount: 0 },
    };
  },

  streamStart() {
    return [{ messageStart: { role: "assistant" } }];
  },

  streamPart(part) {
    switch (part.type) {
      case "text-start":
        return [];
      case "text-delta":
        return [{ contentBlockDelta: { delta: { text: part.text }, contentBlockIndex: part.index } }];
      case "tool-start":
        return [{ contentBlockStart: { start: { toolUse: { toolUseId: part.toolUseId, name: part.name } }, contentBlockIndex: part.index } }];
      case "tool-delta":
        return [{ contentBlockDelta: { delta: { toolUse: { input: part.json } }, contentBlockIndex: part.index } }];
      case "block-end":
        return [{ contentBlockStop: { contentBlockIndex: part.index } }];
    }
  },

  streamFinish(answer, info) {
    return [
      { messageStop: { stopReason: answer.stopReason } },
      {
        metadata: { usage: { inputTokens: info.usage.inputTokens, outputTokens: info.usage.outputTokens }, metrics: {}, trace: {} },
        "amazon-bedrock-invocationMetrics": invocationMetrics(info),
      },
    ];
  },
};
