import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";

export interface BedrockClientSettings {
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  maxAttempts?: number;
}

/**
 * Builds a Bedrock Runtime client from Switchboard's own settings. The endpoint is always explicit
 * (or the regional default): the global AWS_ENDPOINT_URL, meant for local emulators of other
 * services, must never redirect model calls.
 */
export function createBedrockClient(settings: BedrockClientSettings): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: settings.region,
    endpoint: settings.endpoint ?? `https://bedrock-runtime.${settings.region}.amazonaws.com`,
    credentials: settings.credentials,
    maxAttempts: settings.maxAttempts ?? 3,
  });
}
