import { z } from "zod";
import { validationError } from "./bedrock-errors.ts";
import { invocationMetrics } from "./chat-invoke-format.ts";
import type { ChatInvokeFormat } from "./chat-invoke-format.ts";
import type { ChatRequest } from "./converse-types.ts";
import { validationMessage } from "./validation-message.ts";

const llamaRequest = z.looseObject({
  prompt: z.string().min(1),
  max_gen_len: z.number().int().min(1).optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
});

const REPLY_LANGUAGE = /<reply_language>[\s\S]*?<\/reply_language>/i;

function stopReason(reason: string): string {
  return reason === "max_tokens" ? "length" : "stop";
}

/** Meta Llama's native InvokeModel body: one prompt string in, one generation out. */
export const llamaInvokeFormat: ChatInvokeFormat = {
  toChatRequest(body: unknown): ChatRequest {
    const parsed = llamaRequest.safeParse(body);
    if (!parsed.success) throw validationError(validationMessage(parsed.error));
    // The chat template's markers (<|start_header_id|> …) are not text the answerer reads.
    const prompt = parsed.data.prompt.replace(/<\|[^|>]*\|>/g, "\n");
    const replyLanguage = REPLY_LANGUAGE.exec(prompt)?.[0];
    return {
      system: replyLanguage ? [{ text: replyLanguage }] : [],
      messages: [{ role: "user", content: [{ text: prompt.replace(REPLY_LANGUAGE, "") }] }],
      inferenceConfig: { maxTokens: parsed.data.max_gen_len },
    };
  },

  response(answer, info) {
    return {
      generation: answer.content.map((block) => ("text" in block ? block.text : "")).join(""),
      prompt_token_count: info.usage.inputTokens,
      generation_token_count: info.usage.outputTokens,
      stop_reason: stopReason(answer.stopReason),
    };
  },

  streamStart() {
    return [];
  },

  streamPart(part) {
    if (part.type !== "text-delta") return [];
    return [{ generation: part.text, prompt_token_count: null, generation_token_count: 1, stop_reason: null }];
  },

  streamFinish(answer, info) {
    return [
      {
        generation: "",
        prompt_token_count: info.usage.inputTokens,
        generation_token_count: info.usage.outputTokens,
        stop_reason: stopReason(answer.stopReason),
        "amazon-bedrock-invocationMetrics": invocationMetrics(info),
      },
    ];
  },
};
