import { readFile } from "node:fs/promises";
import path from "node:path";
import { startLocalBedrock } from "../bedrock-local/server.ts";
import { defaultRoutingPolicy } from "../models/gateway/default-routing-policy.ts";
import { classifyWithModel } from "../models/prompts/classify-with-model.ts";
import { evaluateRouting, type RoutingEvaluation } from "../models/prompts/evaluate-routing.ts";
import { formatRoutingEvaluation } from "../models/prompts/format-routing-evaluation.ts";
import { parseRoutingMessages } from "../models/prompts/routing-message.ts";
import { createBedrockChatModel } from "../models/providers/bedrock/bedrock-chat-model.ts";
import { createBedrockClient } from "../models/providers/bedrock/create-bedrock-client.ts";

const routingDir = path.resolve(import.meta.dirname, "../../eval/routing");

// The labelled set the rules were written with, then the holdouts, each written before the
// classifier was first run on it.
const routingSets = { messages: "labelled set", holdout: "holdout", "holdout-2": "second holdout" } as const;
export type RoutingSet = keyof typeof routingSets;

/** One evaluation per labelled set, keyed by its file name. */
export type RoutingSuiteResult = Record<RoutingSet, RoutingEvaluation>;

/**
 * Sends every labelled message as a classify task through the AWS SDK to a local Bedrock endpoint
 * started for the run (the offline classifier answers), one call per message.
 */
export async function evaluateRoutingSuite(directory = routingDir): Promise<RoutingSuiteResult> {
  const server = await startLocalBedrock({ port: 0 });
  const client = createBedrockClient({ region: "us-east-1", endpoint: server.url, credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
  const model = createBedrockChatModel(client);
  const modelId = defaultRoutingPolicy.tasks.classify.models[0];
  try {
    const result: Partial<RoutingSuiteResult> = {};
    for (const set of Object.keys(routingSets) as RoutingSet[]) {
      const messages = parseRoutingMessages(JSON.parse(await readFile(path.join(directory, `${set}.json`), "utf8")));
      result[set] = await evaluateRouting(messages, (message) => classifyWithModel(model, modelId, message.text, { language: message.lang }));
    }
    return result as RoutingSuiteResult;
  } finally {
    client.destroy();
    await server.close();
  }
}

export function formatRoutingSuite(result: RoutingSuiteResult): string {
  return (Object.keys(routingSets) as RoutingSet[]).map((set) => formatRoutingEvaluation(result[set], routingSets[set])).join("\n\n");
}
