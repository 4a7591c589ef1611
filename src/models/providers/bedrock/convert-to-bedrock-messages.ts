import type { ContentBlock as BedrockContentBlock, Message, SystemContentBlock, Tool } from "@aws-sdk/client-bedrock-runtime";
import type { ChatMessage, SystemBlock, ToolSpec } from "../../model-port.ts";

/** Converts port messages to Bedrock Converse messages (the port is Converse-shaped, so this is mostly typing). */
export function convertToBedrockMessages(messages: ChatMessage[]): Message[] {
  return messages.map((message) => ({
    role: message.role,
    content: message.content.map((block): BedrockContentBlock => {
      if ("text" in block) return { text: block.text };
      if ("toolUse" in block) return { toolUse: { ...block.toolUse, input: block.toolUse.input as never } };
      if ("toolResult" in block)
        return {
          toolResult: {
            toolUseId: block.toolResult.toolUseId,
            status: block.toolResult.status,
            content: block.toolResult.content.map((item) => ("json" in item ? { json: item.json as never } : { text: item.text })),
          },
        };
      return { cachePoint: block.cachePoint };
    }),
  }));
}

/** Converts port system blocks to Bedrock's. */
export function convertToBedrockSystem(system: SystemBlock[]): SystemContentBlock[] {
  return system.map((block) => ("text" in block ? { text: block.text } : { cachePoint: block.cachePoint }));
}

/** Converts port tool specs to a Bedrock tool list. */
export function convertToBedrockTools(tools: ToolSpec[]): Tool[] {
  return tools.map((tool) => ({
    toolSpec: { name: tool.name, description: tool.description, inputSchema: { json: tool.inputSchema as never } },
  }));
}
