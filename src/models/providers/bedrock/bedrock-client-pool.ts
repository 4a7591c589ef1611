import type { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import type { ChatModel } from "../../model-port.ts";
import { createBedrockChatModel } from "./bedrock-chat-model.ts";
import { createBedrockClient, type BedrockClientSettings } from "./create-bedrock-client.ts";

/** Chat models by region and endpoint, one Bedrock Runtime client each. */
export interface BedrockChatModels {
  chatModelAt(location: { region: string; endpoint?: string }): ChatModel;
  close(): Promise<void>;
}

/**
 * One client per (region, endpoint), created on first use. The clients never retry by themselves:
 * the gateway retries, so every attempt is its own, counted and metered.
 */
export function createBedrockChatModels(settings: { credentials?: BedrockClientSettings["credentials"] }): BedrockChatModels {
  const clients = new Map<string, { client: BedrockRuntimeClient; chatModel: ChatModel }>();
  return {
    chatModelAt(location) {
      const key = `${location.region}|${location.endpoint ?? ""}`;
      let entry = clients.get(key);
      if (!entry) {
        const client = createBedrockClient({ region: location.region, endpoint: location.endpoint, credentials: settings.credentials, maxAttempts: 1 });
        entry = { client, chatModel: createBedrockChatModel(client) };
        clients.set(key, entry);
      }
      return entry.chatModel;
    },
    async close() {
      for (const { client } of clients.values()) client.destroy();
      clients.clear();
    },
  };
}
