import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from "@aws-sdk/client-bedrock-runtime";
import type { ConverseCommandInput, ConverseStreamOutput, SystemContentBlock } from "@aws-sdk/client-bedrock-runtime";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startLocalBedrock } from "../src/bedrock-local/server.ts";
import type { LocalBedrockServer } from "../src/bedrock-local/server.ts";
import { loadConfig } from "../src/config.ts";
import { startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

const HAIKU = "anthropic.claude-3-5-haiku-20241022-v1:0";
const SONNET = "us.anthropic.claude-sonnet-4-20250514-v1:0";
const EMBEDDER = "amazon.titan-embed-text-v2:0";

const SOURCES = `<sources>
<source id="1" title="Returns policy" lang="en" document="returns">
You can return most items within 30 days of delivery for a full refund. Items must be unused and in their original packaging.
Refunds are issued to the original payment method within 5 business days. Gift cards and final-sale items cannot be returned.
Return shipping is free for customers in the EU and costs a flat fee elsewhere.
</source>
</sources>`;

let server: LocalBedrockServer;
let client: BedrockRuntimeClient;

function sdkClient(url: string): BedrockRuntimeClient {
  return new BedrockRuntimeClient({ region: "us-east-1", endpoint: url, credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
}

beforeAll(async () => {
  server = await startLocalBedrock({ port: 0 });
  client = sdkClient(server.url);
});

afterEach(() => {
  server.clearFaults();
  server.resetStats();
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

function question(modelId: string, text = "How long do I have to return an item?", system?: SystemContentBlock[]): ConverseCommandInput {
  return { modelId, system, messages: [{ role: "user", content: [{ text: SOURCES }, { text }] }] };
}

async function failure(promise: Promise<unknown>): Promise<{ name: string; status?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const typed = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: typed.name, status: typed.$metadata?.httpStatusCode, message: typed.message };
  }
  throw new Error("expected the call to fail");
}

/** The event names of a ConverseStream, and the error that ended it, if any. */
async function streamConverse(input: ConverseCommandInput, sdk = client): Promise<{ events: string[]; error?: Error & { $metadata?: unknown } }> {
  const response = await sdk.send(new ConverseStreamCommand(input));
  const events: string[] = [];
  try {
    for await (const event of response.stream ?? []) events.push(Object.keys(event as ConverseStreamOutput).find((key) => key !== "$unknown") ?? "?");
  } catch (error) {
    return { events, error: error as Error };
  }
  return { events };
}

async function outcomes(calls: number, modelId = HAIKU): Promise<string> {
  let pattern = "";
  for (let call = 0; call < calls; call += 1) {
    pattern += await client.send(new ConverseCommand(question(modelId))).then(
      () => ".",
      () => "x",
    );
  }
  return pattern;
}

describe("fault injection through the AWS SDK", () => {
  it.each([
    ["throttle", "ThrottlingException", 429],
    ["model-not-ready", "ModelNotReadyException", 429],
    ["service-unavailable", "ServiceUnavailableException", 503],
    ["internal-error", "InternalServerException", 500],
    ["model-timeout", "ModelTimeoutException", 408],
    ["validation", "ValidationException", 400],
    ["access-denied", "AccessDeniedException", 403],
  ] as const)("surfaces %s as %s (%i)", async (kind, name, status) => {
    server.setFaults({ rules: [{ kind, burst: 1 }] });
    expect(await failure(client.send(new ConverseCommand(question(HAIKU))))).toMatchObject({ name, status });
    // Before a stream starts the error is an ordinary response, on every operation.
    server.setFaults({ rules: [{ kind }] });
    expect(await failure(client.send(new ConverseStreamCommand(question(HAIKU))))).toMatchObject({ name, status });
    expect(await failure(client.send(new InvokeModelCommand({ modelId: EMBEDDER, body: JSON.stringify({ inputText: "hi" }) })))).toMatchObject({
      name,
      status,
    });
    server.clearFaults();
    await expect(client.send(new ConverseCommand(question(HAIKU)))).resolves.toBeDefined();
  });

  it("resets the connection, and the next call gets through on a new one", async () => {
    server.setFaults({ rules: [{ kind: "network-reset", burst: 1 }] });
    const reset = await failure(client.send(new ConverseCommand(question(HAIKU))));
    expect(reset.status).toBeUndefined();
    expect(reset.message).toMatch(/session closed|socket hang up|ECONNRESET/i);
    await expect(client.send(new ConverseCommand(question(HAIKU)))).resolves.toBeDefined();
  });

  it("reproduces the same pattern for a rate with the same seed, and another with another seed", async () => {
    server.setFaults({ seed: 42, rules: [{ kind: "throttle", rate: 0.5 }] });
    const first = await outcomes(24);
    server.setFaults({ seed: 42, rules: [{ kind: "throttle", rate: 0.5 }] });
    expect(await outcomes(24)).toBe(first);
    expect(first).toContain("x");
    expect(first).toContain(".");
    server.setFaults({ seed: 43, rules: [{ kind: "throttle", rate: 0.5 }] });
    expect(await outcomes(24)).not.toBe(first);
  });

  it("throttles exactly the next N calls of the matching model with a burst", async () => {
    server.setFaults({ rules: [{ model: "*haiku*", kind: "throttle", burst: 3 }] });
    expect(await outcomes(2, SONNET)).toBe("..");
    expect(await outcomes(5, `us.${HAIKU}`)).toBe("xxx..");
    const stats = server.stats();
    expect(stats.models[`us.${HAIKU}`]).toMatchObject({ calls: 5, faultsInjected: 3, faults: { throttle: 3 } });
    expect(stats.models[SONNET]).toMatchObject({ calls: 2, faultsInjected: 0 });
    expect(server.faults().state).toEqual([{ matched: 3, fired: 3, burstLeft: 0 }]);
  });

  it("matches a percent-encoded ARN by the model behind it", async () => {
    server.setFaults({ rules: [{ model: HAIKU, kind: "model-not-ready" }] });
    const arn = `arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.${HAIKU}`;
    expect((await failure(client.send(new ConverseCommand(question(arn))))).name).toBe("ModelNotReadyException");
  });

  it("cuts a ConverseStream after K events with an in-stream exception", async () => {
    server.setFaults({ rules: [{ kind: "stream-cut", afterEvents: 3 }] });
    const cut = await streamConverse(question(HAIKU));
    expect(cut.events).toEqual(["messageStart", "contentBlockDelta", "contentBlockDelta"]);
    expect(cut.error?.name).toBe("ModelStreamErrorException");
    expect(cut.error).toMatchObject({ originalStatusCode: 500 });

    server.setFaults({ rules: [{ kind: "stream-cut", afterEvents: 1, exception: "throttle" }] });
    const throttled = await streamConverse(question(HAIKU));
    expect(throttled.events).toEqual(["messageStart"]);
    expect(throttled.error?.name).toBe("ThrottlingException");

    // A stream shorter than K still breaks: the exception comes after its last event instead of a clean end.
    server.setFaults({ rules: [{ kind: "stream-cut", afterEvents: 10_000, exception: "internal-error" }] });
    const late = await streamConverse(question(HAIKU));
    expect(late.events.at(-1)).toBe("metadata");
    expect(late.error?.name).toBe("InternalServerException");
  });

  it("cuts InvokeModelWithResponseStream after K chunks, with a model timeout where that stream defines one", async () => {
    server.setFaults({ rules: [{ operation: "invoke-stream", kind: "stream-cut", afterEvents: 2, exception: "model-timeout" }] });
    const response = await client.send(
      new InvokeModelWithResponseStreamCommand({
        modelId: HAIKU,
        body: JSON.stringify({ anthropic_version: "bedrock-2023-05-31", max_tokens: 300, messages: [{ role: "user", content: `${SOURCES}\nHow long do I have to return an item?` }] }),
      }),
    );
    const chunks: string[] = [];
    const error = await failure(
      (async () => {
        for await (const event of response.body ?? []) if (event.chunk?.bytes) chunks.push(JSON.parse(Buffer.from(event.chunk.bytes).toString()).type);
      })(),
    );
    expect(chunks).toEqual(["message_start", "content_block_start"]);
    expect(error.name).toBe("ModelTimeoutException");
  });

  it("resets the connection in the middle of a stream after K events", async () => {
    server.setFaults({ rules: [{ kind: "network-reset", afterEvents: 2 }] });
    const reset = await streamConverse(question(HAIKU));
    expect(reset.events.length).toBeLessThanOrEqual(2);
    expect(reset.error?.message).toMatch(/session closed|aborted|ECONNRESET/i);
  });

  it("makes the generated text malformed JSON, reproducibly", async () => {
    const clean = await client.send(new ConverseCommand(question(HAIKU)));
    const cleanText = clean.output?.message?.content?.[0]?.text ?? "";
    const malformedTexts = async () => {
      server.setFaults({ seed: 5, rules: [{ kind: "invalid-json", burst: 4 }] });
      const texts: string[] = [];
      for (let call = 0; call < 4; call += 1) {
        const response = await client.send(new ConverseCommand(question(HAIKU)));
        texts.push(response.output?.message?.content?.[0]?.text ?? "");
      }
      return texts;
    };
    const texts = await malformedTexts();
    expect(await malformedTexts()).toEqual(texts);
    for (const text of texts) {
      expect(text).not.toBe(cleanText);
      expect(text.startsWith("Sure! Here is the JSON") ? text.includes(cleanText) : cleanText.startsWith(text)).toBe(true);
    }
    const streamed = await client.send(new ConverseStreamCommand(question(HAIKU)));
    let streamedText = "";
    for await (const event of streamed.stream ?? []) streamedText += event.contentBlockDelta?.delta?.text ?? "";
    expect(streamedText).toBe(cleanText);
  });

  it("delays the first token by a latency fault, for one model only", async () => {
    server.setFaults({ rules: [{ model: "*sonnet*", kind: "latency", firstTokenMs: 400 }] });
    const timeToFirstDelta = async (modelId: string) => {
      const started = performance.now();
      const response = await client.send(new ConverseStreamCommand(question(modelId)));
      for await (const event of response.stream ?? []) if (event.contentBlockDelta) return performance.now() - started;
      throw new Error("no delta");
    };
    expect(await timeToFirstDelta(SONNET)).toBeGreaterThanOrEqual(380);
    expect(await timeToFirstDelta(HAIKU)).toBeLessThan(300);
  });

  it("counts concurrency per model and overall", async () => {
    server.setFaults({ rules: [{ kind: "latency", firstTokenMs: 250 }] });
    await Promise.all([
      ...Array.from({ length: 4 }, () => client.send(new ConverseCommand(question(HAIKU)))),
      ...Array.from({ length: 2 }, () => client.send(new ConverseCommand(question(SONNET)))),
    ]);
    const stats = server.stats();
    expect(stats.models[HAIKU]).toMatchObject({ calls: 4, inFlight: 0, maxInFlight: 4, faults: { latency: 4 } });
    expect(stats.models[SONNET]).toMatchObject({ calls: 2, inFlight: 0, maxInFlight: 2 });
    expect(stats.maxInFlight).toBe(6);
    expect(stats.requests).toBe(6);
    expect(stats.faultsInjected).toBe(6);
  });

  it("sets, reads and clears faults over the admin route, and reports stats there", async () => {
    const put = await fetch(`${server.url}/_local/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ seed: 3, rules: [{ model: "*haiku*", operation: "converse", kind: "service-unavailable", burst: 2 }] }),
    });
    expect(put.status).toBe(200);
    expect(await outcomes(3)).toBe("xx.");
    const described = (await (await fetch(`${server.url}/_local/faults`)).json()) as { seed: number; state: unknown[] };
    expect(described).toMatchObject({ seed: 3, state: [{ matched: 2, fired: 2, burstLeft: 0 }] });

    const stats = (await (await fetch(`${server.url}/_local/stats`)).json()) as { models: Record<string, { calls: number; faults: object }> };
    expect(stats.models[HAIKU]).toMatchObject({ calls: 3, faults: { "service-unavailable": 2 } });

    server.setFaults({ rules: [{ kind: "throttle" }] });
    const cleared = await fetch(`${server.url}/_local/faults`, { method: "DELETE" });
    expect(await cleared.json()).toEqual({ rules: [], state: [] });
    expect(await outcomes(2)).toBe("..");

    const invalid = await fetch(`${server.url}/_local/faults`, { method: "PUT", body: JSON.stringify({ rules: [{ kind: "latency" }] }) });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: "invalid_fault_spec", details: [{ path: ["rules", 0, "firstTokenMs"] }] } });
    const notJson = await fetch(`${server.url}/_local/faults`, { method: "PUT", body: "{" });
    expect((await notJson.json()) as object).toMatchObject({ error: { code: "invalid_json" } });
    const wrongMethod = await fetch(`${server.url}/_local/stats`, { method: "POST" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, DELETE");
  });

  it("rejects an invalid spec given to setFaults and keeps the one in force", () => {
    server.setFaults({ rules: [{ kind: "throttle", burst: 1 }] });
    expect(() => server.setFaults({ rules: [{ kind: "throttle", rate: 1.5 }] })).toThrow(/rate/);
    expect(server.faults().rules).toEqual([{ kind: "throttle", burst: 1 }]);
  });

  it("reads faults, latency and forwarding from the environment", () => {
    const config = loadConfig({
      SWITCHBOARD_LOCAL_BEDROCK_FAULTS: '{"seed":1,"rules":[{"kind":"throttle","rate":0.1}]}',
      SWITCHBOARD_LOCAL_BEDROCK_LATENCY: "realistic",
      SWITCHBOARD_LOCAL_BEDROCK_FORWARD_URL: "http://127.0.0.1:11434",
      SWITCHBOARD_LOCAL_BEDROCK_FORWARD_MODEL: "*haiku*=llama3.2:3b,qwen2.5:7b",
    });
    expect(config.bedrock.local).toEqual({
      faults: { seed: 1, rules: [{ kind: "throttle", rate: 0.1 }] },
      latency: { kind: "realistic" },
      forward: { url: "http://127.0.0.1:11434", models: [{ pattern: "*haiku*", target: "llama3.2:3b" }, { target: "qwen2.5:7b" }] },
    });
    expect(() => loadConfig({ SWITCHBOARD_LOCAL_BEDROCK_FAULTS: '{"rules":[{"kind":"melt"}]}' })).toThrow(/SWITCHBOARD_LOCAL_BEDROCK_FAULTS/);
    expect(() => loadConfig({ SWITCHBOARD_LOCAL_BEDROCK_LATENCY: "slow" })).toThrow(/SWITCHBOARD_LOCAL_BEDROCK_LATENCY/);
  });
});

describe("the in-process endpoint of switchboard start", () => {
  it("takes its faults and latency from the environment", async () => {
    const data = await temporaryDataDir();
    const switchboard = await startTestSwitchboard(data.dir, {
      SWITCHBOARD_LOCAL_BEDROCK_FAULTS: '{"seed":9,"rules":[{"model":"*haiku*","kind":"throttle","burst":1}]}',
      SWITCHBOARD_LOCAL_BEDROCK_LATENCY: "0/1",
    });
    try {
      const local = switchboard.localBedrock!;
      expect(local.faults().rules).toEqual([{ model: "*haiku*", kind: "throttle", burst: 1 }]);
      const sdk = sdkClient(local.url);
      expect((await failure(sdk.send(new ConverseCommand(question(HAIKU))))).name).toBe("ThrottlingException");
      sdk.destroy();
    } finally {
      await switchboard.close();
      await data.remove();
    }
  });
});

describe("the realistic latency profile", () => {
  let realistic: LocalBedrockServer;
  let realisticClient: BedrockRuntimeClient;

  beforeAll(async () => {
    realistic = await startLocalBedrock({ port: 0, latency: "realistic" });
    realisticClient = sdkClient(realistic.url);
  });

  afterAll(async () => {
    realisticClient.destroy();
    await realistic.close();
  });

  async function timeStream(modelId: string) {
    const started = performance.now();
    const response = await realisticClient.send(new ConverseStreamCommand(question(modelId, "Can I return a gift card, and how are refunds paid?")));
    let first: number | undefined;
    let last = 0;
    let outputTokens = 0;
    for await (const event of response.stream ?? []) {
      if (event.contentBlockDelta) {
        first ??= performance.now() - started;
        last = performance.now() - started;
      }
      if (event.metadata) outputTokens = event.metadata.usage?.outputTokens ?? 0;
    }
    return { firstTokenMs: first ?? Number.NaN, tokensPerSecond: (outputTokens * 1000) / (last - (first ?? 0)) };
  }

  it("streams Haiku-like models after ~300 ms at ~150 tokens/s and Sonnet-like after ~700 ms at ~60 tokens/s", async () => {
    const haiku = await timeStream(HAIKU);
    expect(haiku.firstTokenMs).toBeGreaterThanOrEqual(250);
    expect(haiku.firstTokenMs).toBeLessThan(600);
    expect(haiku.tokensPerSecond).toBeGreaterThan(90);
    expect(haiku.tokensPerSecond).toBeLessThan(260);
    const sonnet = await timeStream(SONNET);
    expect(sonnet.firstTokenMs).toBeGreaterThanOrEqual(580);
    expect(sonnet.tokensPerSecond).toBeGreaterThan(35);
    expect(sonnet.tokensPerSecond).toBeLessThan(100);
  });

  it("makes a non-streaming call wait for the whole generation", async () => {
    const started = performance.now();
    const response = await realisticClient.send(new ConverseCommand(question(SONNET, "Can I return a gift card, and how are refunds paid?")));
    const outputTokens = response.usage?.outputTokens ?? 0;
    expect(outputTokens).toBeGreaterThan(10);
    expect(performance.now() - started).toBeGreaterThanOrEqual(580 + (outputTokens - 12) * 14);
  });
});

describe("prompt caching", () => {
  const LONG_POLICY = "Customers may return unused items within thirty days of delivery for a refund to the original payment method. ".repeat(50);
  const cached = (modelId: string, text: string): ConverseCommandInput =>
    question(modelId, text, [{ text: `You are a support assistant.\n${LONG_POLICY}` }, { cachePoint: { type: "default" } }]);

  it("writes a prefix on first sight and reads it afterwards, in Converse and ConverseStream", async () => {
    const model = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
    const first = await client.send(new ConverseCommand(cached(model, "Can I return shoes?")));
    const written = first.usage?.cacheWriteInputTokens ?? 0;
    expect(written).toBeGreaterThan(1024);
    expect(first.usage?.cacheReadInputTokens).toBe(0);
    expect(first.usage?.totalTokens).toBe((first.usage?.inputTokens ?? 0) + (first.usage?.outputTokens ?? 0) + written);

    const stream = await client.send(new ConverseStreamCommand(cached(model, "And a jacket?")));
    let usage: { cacheReadInputTokens?: number; cacheWriteInputTokens?: number } | undefined;
    for await (const event of stream.stream ?? []) usage = event.metadata?.usage ?? usage;
    expect(usage).toMatchObject({ cacheReadInputTokens: written, cacheWriteInputTokens: 0 });
  });

  it("ignores cache points on models without prompt caching", async () => {
    const response = await client.send(new ConverseCommand(cached("anthropic.claude-3-haiku-20240307-v1:0", "Can I return shoes?")));
    expect(response.usage?.cacheReadInputTokens).toBeUndefined();
    expect(response.usage?.cacheWriteInputTokens).toBeUndefined();
  });
});
