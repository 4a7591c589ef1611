import { z } from "zod";
import { validationError } from "./bedrock-errors.ts";
import type { ChatRequest } from "./converse-types.ts";
import { validationMessage } from "./validation-message.ts";

const CONTENT_BLOCK_MEMBERS = [
  "text",
  "image",
  "document",
  "video",
  "toolUse",
  "toolResult",
  "guardContent",
  "cachePoint",
  "reasoningContent",
  "citationsContent",
] as const;

const toolUse = z.object({
  toolUseId: z.string().min(1).max(64),
  name: z.string().min(1).max(64),
  input: z.unknown(),
});

const toolResult = z.object({
  toolUseId: z.string().min(1).max(64),
  content: z.array(z.looseObject({ json: z.unknown().optional(), text: z.string().optional() })),
  status: z.enum(["success", "error"]).optional(),
});

// Unions arrive as objects with exactly one member set.
const contentBlock = z
  .looseObject({ text: z.string().optional(), toolUse: toolUse.optional(), toolResult: toolResult.optional() })
  .refine(
    (block) => CONTENT_BLOCK_MEMBERS.filter((member) => block[member] !== undefined).length === 1,
    "Member must have exactly one of text, image, document, video, toolUse, toolResult, guardContent, cachePoint, reasoningContent, citationsContent",
  );

const message = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.array(contentBlock).min(1),
});

const systemBlock = z
  .looseObject({ text: z.string().optional() })
  .refine((block) => ["text", "guardContent", "cachePoint"].filter((member) => block[member] !== undefined).length === 1, {
    message: "Member must have exactly one of text, guardContent, cachePoint",
  });

const tool = z.looseObject({
  toolSpec: z
    .object({
      name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+"),
      description: z.string().min(1).optional(),
      inputSchema: z.object({ json: z.record(z.string(), z.unknown()) }),
    })
    .optional(),
});

/** A Converse / ConverseStream request body. */
export const converseRequestSchema = z.looseObject({
  messages: z.array(message).min(1),
  system: z.array(systemBlock).optional(),
  inferenceConfig: z
    .object({
      maxTokens: z.number().int().min(1).optional(),
      temperature: z.number().min(0).max(1).optional(),
      topP: z.number().min(0).max(1).optional(),
      stopSequences: z.array(z.string()).max(4).optional(),
    })
    .optional(),
  toolConfig: z
    .object({
      tools: z.array(tool).min(1),
      toolChoice: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  guardrailConfig: z.record(z.string(), z.unknown()).optional(),
  additionalModelRequestFields: z.unknown().optional(),
  additionalModelResponseFieldPaths: z.array(z.string()).max(10).optional(),
  requestMetadata: z.record(z.string(), z.string()).optional(),
  performanceConfig: z.object({ latency: z.enum(["standard", "optimized"]) }).optional(),
});

/** Checks what every chat model requires of a conversation: starts with the user, alternates, declares its tools. */
export function checkConversation(request: ChatRequest, options: { requireToolConfig: boolean } = { requireToolConfig: true }): void {
  if (request.messages[0]?.role !== "user") {
    throw validationError("A conversation must start with a user message. Try again with a conversation that starts with a user message.");
  }
  request.messages.forEach((current, index) => {
    if (index > 0 && request.messages[index - 1]?.role === current.role) {
      throw validationError(
        "A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.",
      );
    }
  });
  const usesTools = request.messages.some((current) => current.content.some((block) => block.toolUse || block.toolResult));
  if (usesTools && options.requireToolConfig && !request.toolConfig) {
    throw validationError("The toolConfig field must be defined when using toolUse and toolResult content blocks.");
  }
}

/** Validates a Converse request body; throws a ValidationException when it is not one. */
export function parseConverseRequest(body: unknown): ChatRequest {
  const parsed = converseRequestSchema.safeParse(body);
  if (!parsed.success) throw validationError(validationMessage(parsed.error));
  const request: ChatRequest = parsed.data;
  checkConversation(request);
  return request;
}
