import { ConverseStreamCommand, type BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import type { ChatModel, ChatRequest, ChatStreamPart, StopReason, ToolUse } from "../../model-port.ts";
import { convertToBedrockMessages, convertToBedrockSystem, convertToBedrockTools } from "./convert-to-bedrock-messages.ts";
import { mapBedrockError } from "./map-bedrock-error.ts";

/** A ChatModel over Bedrock ConverseStream. */
export function createBedrockChatModel(client: BedrockRuntimeClient): ChatModel {
  return {
    async *stream(request: ChatRequest): AsyncIterable<ChatStreamPart> {
      const command = new ConverseStreamCommand({
        modelId: request.modelId,
        system: convertToBedrockSystem(request.system),
        messages: convertToBedrockMessages(request.messages),
        toolConfig: request.tools?.length ? { tools: convertToBedrockTools(request.tools) } : undefined,
        inferenceConfig: { maxTokens: request.maxTokens, temperature: request.temperature },
        performanceConfig: request.performanceConfig,
      });
      let response;
      try {
        response = await client.send(command, { abortSignal: request.signal });
      } catch (error) {
        throw mapBedrockError(error);
      }
      const toolInputs = new Map<number, { toolUseId: string; name: string; input: string }>();
      let stopReason: StopReason = "end_turn";
      try {
        for await (const event of response.stream ?? []) {
          if (event.contentBlockStart?.start?.toolUse) {
            const { toolUseId = "", name = "" } = event.contentBlockStart.start.toolUse;
            toolInputs.set(event.contentBlockStart.contentBlockIndex ?? 0, { toolUseId, name, input: "" });
          } else if (event.contentBlockDelta?.delta) {
            const delta = event.contentBlockDelta.delta;
            if (delta.text) yield { type: "text-delta", text: delta.text };
            else if (delta.toolUse?.input !== undefined) {
              const pending = toolInputs.get(event.contentBlockDelta.contentBlockIndex ?? 0);
              if (pending) pending.input += delta.toolUse.input;
            }
          } else if (event.contentBlockStop) {
            const index = event.contentBlockStop.contentBlockIndex ?? 0;
            const pending = toolInputs.get(index);
            if (pending) {
              toolInputs.delete(index);
              yield { type: "tool-use", toolUse: parseToolUse(pending) };
            }
          } else if (event.messageStop) {
            stopReason = (event.messageStop.stopReason ?? "end_turn") as StopReason;
          } else if (event.metadata) {
            yield {
              type: "finish",
              stopReason,
              usage: {
                inputTokens: event.metadata.usage?.inputTokens ?? 0,
                outputTokens: event.metadata.usage?.outputTokens ?? 0,
                cacheReadTokens: event.metadata.usage?.cacheReadInputTokens,
                cacheWriteTokens: event.metadata.usage?.cacheWriteInputTokens,
              },
              modelLatencyMs: event.metadata.metrics?.latencyMs,
            };
          }
        }
      } catch (error) {
        throw mapBedrockError(error);
      }
    },
  };
}

function parseToolUse(pending: { toolUseId: string; name: string; input: string }): ToolUse {
  let input: Record<string, unknown> = {};
  try {
    const parsed: unknown = pending.input ? JSON.parse(pending.input) : {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) input = parsed as Record<string, unknown>;
  } catch {
    // A malformed tool input reaches the tool as an empty object, which the tool rejects cleanly.
  }
  return { toolUseId: pending.toolUseId, name: pending.name, input };
}
