// The model gateway benchmark (`npm run bench -- --only gateway`): what routing, resilience
// policies, quota and budget bookkeeping and metering add to one streamed model call, against the
// same ConverseStream call made directly with the SDK, both on the local endpoint with zero model
// latency so the difference is the gateway's own work. Results go to bench/results/gateway.json.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import { startLocalBedrock } from "../src/bedrock-local/server.ts";
import { createModelGateway } from "../src/models/gateway/create-model-gateway.ts";
import { parseRoutingPolicy } from "../src/models/gateway/load-routing-policy.ts";
import type { TaskRequest } from "../src/models/gateway/model-gateway.ts";
import { createBedrockChatModels } from "../src/models/providers/bedrock/bedrock-client-pool.ts";
import { convertToBedrockMessages, convertToBedrockSystem } from "../src/models/providers/bedrock/convert-to-bedrock-messages.ts";
import { createBedrockClient } from "../src/models/providers/bedrock/create-bedrock-client.ts";
import { createMetrics } from "../src/observability/metrics.ts";
import { migrate } from "../src/storage/migrate.ts";
import { openPgliteDatabase } from "../src/storage/pglite-database.ts";
import { summarize } from "./percentiles.ts";

const model = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
const credentials = { accessKeyId: "local", secretAccessKey: "local" };
const request: TaskRequest = {
  system: [{ text: "You are a support assistant. Answer from the sources and cite them." }, { text: "<reply_language>en</reply_language>" }],
  messages: [
    {
      role: "user",
      content: [
        { text: '<sources>\n<source id="1" title="Shipping" lang="en">Standard shipping takes 3–5 business days. Express shipping arrives the next business day.</source>\n</sources>' },
        { text: "How long does express shipping take?" },
      ],
    },
  ],
  maxTokens: 300,
};

export interface GatewayBenchOptions {
  calls: number;
}

/** Per-call latency of direct SDK calls and gateway calls, interleaved in one run. */
export async function benchGateway(options: GatewayBenchOptions): Promise<void> {
  const server = await startLocalBedrock();
  const db = await openPgliteDatabase();
  await migrate(db);
  const client = createBedrockClient({ region: "us-east-1", endpoint: server.url, credentials, maxAttempts: 1 });
  const gateway = await createModelGateway({
    db,
    policy: parseRoutingPolicy({ tasks: { "answer.simple": { models: [model] } } }),
    providers: createBedrockChatModels({ credentials }),
    defaultLocation: { region: "us-east-1", endpoint: server.url },
    metrics: createMetrics({ defaultMetrics: false }),
  });
  const direct = async () => {
    const response = await client.send(
      new ConverseStreamCommand({
        modelId: model,
        system: convertToBedrockSystem(request.system),
        messages: convertToBedrockMessages(request.messages),
        inferenceConfig: { maxTokens: request.maxTokens },
      }),
    );
    for await (const event of response.stream ?? []) void event;
  };
  const throughGateway = async () => {
    for await (const part of gateway.stream("answer.simple", request)) void part;
  };
  const time = async (call: () => Promise<void>) => {
    const started = performance.now();
    await call();
    return performance.now() - started;
  };
  try {
    for (let warmUp = 0; warmUp < 50; warmUp++) await Promise.all([direct(), throughGateway()]);
    const directMs: number[] = [];
    const gatewayMs: number[] = [];
    // Interleaved, alternating which goes first, so drift (GC, other load) hits both alike.
    for (let call = 0; call < options.calls; call++) {
      if (call % 2 === 0) {
        directMs.push(await time(direct));
        gatewayMs.push(await time(throughGateway));
      } else {
        gatewayMs.push(await time(throughGateway));
        directMs.push(await time(direct));
      }
    }
    await gateway.flushMetering();
    const directSummary = summarize(directMs);
    const gatewaySummary = summarize(gatewayMs);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
      note: "one streamed ConverseStream call at a time on the local endpoint (zero model latency); the gateway path includes routing, breaker, bulkhead, quota and budget bookkeeping and a metered model_calls row (PGlite)",
      calls: options.calls,
      directMs: directSummary,
      gatewayMs: gatewaySummary,
      ratio: { p50: ratio(gatewaySummary.p50, directSummary.p50), p99: ratio(gatewaySummary.p99, directSummary.p99) },
      overheadMs: { p50: Math.round((gatewaySummary.p50 - directSummary.p50) * 10) / 10, p99: Math.round((gatewaySummary.p99 - directSummary.p99) * 10) / 10 },
      meteredRows: (await db.query<{ count: number }>("SELECT count(*)::int AS count FROM model_calls")).rows[0].count,
    };
    console.log("gateway", results);
    const directory = path.resolve(import.meta.dirname, "results");
    await mkdir(directory, { recursive: true });
    await writeFile(path.join(directory, "gateway.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.log("results written to bench/results/gateway.json");
  } finally {
    client.destroy();
    await gateway.close();
    await db.close();
    await server.close();
  }
}
