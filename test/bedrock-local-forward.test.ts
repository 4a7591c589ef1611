import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from "@aws-sdk/client-bedrock-runtime";
import type { ConverseCommandInput, ConverseStreamOutput, ToolConfiguration } from "@aws-sdk/client-bedrock-runtime";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startLocalBedrock } from "../src/bedrock-local/server.ts";
import type { LocalBedrockServer } from "../src/bedrock-local/server.ts";
import { startOpenAiCompatibleServer } from "./helpers/openai-compatible-server.ts";
import type { FakeReply, OpenAiCompatibleServer, ReceivedChatRequest } from "./helpers/openai-compatible-server.ts";

const HAIKU = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
const SONNET = "anthropic.claude-sonnet-4-20250514-v1:0";

const ORDER_TOOL: ToolConfiguration = {
  tools: [
    {
      toolSpec: {
        name: "order_status",
        description: "Looks up an order by its number.",
        inputSchema: { json: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] } },
      },
    },
  ],
  toolChoice: { auto: {} },
};

let upstream: OpenAiCompatibleServer;
let endpoint: LocalBedrockServer;
let client: BedrockRuntimeClient;
let reply: (request: ReceivedChatRequest) => FakeReply = () => ({ text: "unset" });

beforeAll(async () => {
  upstream = await startOpenAiCompatibleServer((request) => reply(request));
  endpoint = await startLocalBedrock({
    port: 0,
    forward: { url: upstream.url, models: [{ pattern: "*haiku*", target: "small-model" }, { target: "large-model" }] },
  });
  client = new BedrockRuntimeClient({ region: "us-east-1", endpoint: endpoint.url, credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
});

afterEach(() => {
  upstream.requests.length = 0;
  endpoint.clearFaults();
});

afterAll(async () => {
  client.destroy();
  await endpoint.close();
  await upstream.close();
});

function ask(modelId: string, text: string, extra: Partial<ConverseCommandInput> = {}): ConverseCommandInput {
  return { modelId, system: [{ text: "You are a support assistant." }, { cachePoint: { type: "default" } }], messages: [{ role: "user", content: [{ text }] }], ...extra };
}

async function collect(input: ConverseCommandInput) {
  const response = await client.send(new ConverseStreamCommand(input));
  const events: ConverseStreamOutput[] = [];
  let error: Error | undefined;
  try {
    for await (const event of response.stream ?? []) events.push(event);
  } catch (caught) {
    error = caught as Error;
  }
  const text = events.map((event) => event.contentBlockDelta?.delta?.text ?? "").join("");
  return { events, text, error, names: events.map((event) => Object.keys(event)[0]) };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number } };
  }
  throw new Error("expected the call to fail");
}

describe("forwarding to an OpenAI-compatible server", () => {
  it("translates a Converse call to chat completions and back, model map, inference settings and usage included", async () => {
    reply = () => ({ text: "Returns are free within 30 days.", usage: { prompt: 42, completion: 9 } });
    const response = await client.send(
      new ConverseCommand(ask(HAIKU, "How do returns work?", { inferenceConfig: { maxTokens: 200, temperature: 0.2, stopSequences: ["END"] } })),
    );
    expect(response.output?.message?.content).toEqual([{ text: "Returns are free within 30 days." }]);
    expect(response.stopReason).toBe("end_turn");
    expect(response.usage).toMatchObject({ inputTokens: 42, outputTokens: 9, totalTokens: 51 });
    const [sent] = upstream.requests;
    expect(sent).toMatchObject({
      model: "small-model",
      stream: false,
      max_tokens: 200,
      temperature: 0.2,
      stop: ["END"],
      messages: [
        { role: "system", content: "You are a support assistant." },
        { role: "user", content: "How do returns work?" },
      ],
    });
    await client.send(new ConverseCommand(ask(SONNET, "Hi")));
    expect(upstream.requests[1]?.model).toBe("large-model");
  });

  it("streams SSE chunks as Converse events with the server's usage", async () => {
    reply = () => ({ text: "You can return unused items within thirty days of delivery.", usage: { prompt: 30, completion: 12 } });
    const streamed = await collect(ask(HAIKU, "How do returns work?"));
    expect(streamed.error).toBeUndefined();
    expect(streamed.text).toBe("You can return unused items within thirty days of delivery.");
    expect(streamed.names[0]).toBe("messageStart");
    expect(streamed.names.filter((name) => name === "contentBlockDelta").length).toBeGreaterThan(5);
    expect(streamed.names.slice(-3)).toEqual(["contentBlockStop", "messageStop", "metadata"]);
    expect(streamed.events.at(-2)?.messageStop?.stopReason).toBe("end_turn");
    expect(streamed.events.at(-1)?.metadata?.usage).toMatchObject({ inputTokens: 30, outputTokens: 12 });
    expect(upstream.requests[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("round-trips a tool call: function calling out, toolUse in the stream, toolResult back as a tool message", async () => {
    reply = (request) => {
      const last = request.messages.at(-1);
      if (last?.role === "tool") return { text: `Order status: ${String(last.content)}` };
      return { toolCalls: [{ id: "call_7f3.a", name: "order_status", arguments: { order_id: "10023" } }] };
    };
    const first = await collect(ask(HAIKU, "Where is order 10023?", { toolConfig: ORDER_TOOL }));
    const start = first.events.find((event) => event.contentBlockStart)?.contentBlockStart;
    expect(start?.start?.toolUse).toMatchObject({ name: "order_status", toolUseId: "call_7f3_a" });
    const input = first.events.map((event) => event.contentBlockDelta?.delta?.toolUse?.input ?? "").join("");
    expect(JSON.parse(input)).toEqual({ order_id: "10023" });
    expect(first.events.find((event) => event.messageStop)?.messageStop?.stopReason).toBe("tool_use");
    expect(upstream.requests[0]).toMatchObject({
      tools: [{ type: "function", function: { name: "order_status", parameters: { required: ["order_id"] } } }],
      tool_choice: "auto",
    });

    const second = await client.send(
      new ConverseCommand({
        modelId: HAIKU,
        toolConfig: ORDER_TOOL,
        messages: [
          { role: "user", content: [{ text: "Where is order 10023?" }] },
          { role: "assistant", content: [{ toolUse: { toolUseId: "call_7f3_a", name: "order_status", input: { order_id: "10023" } } }] },
          { role: "user", content: [{ toolResult: { toolUseId: "call_7f3_a", content: [{ json: { status: "shipped" } }] } }] },
        ],
      }),
    );
    expect(second.output?.message?.content?.[0]?.text).toBe('Order status: {"status":"shipped"}');
    expect(upstream.requests[1]?.messages).toEqual([
      { role: "user", content: "Where is order 10023?" },
      { role: "assistant", content: null, tool_calls: [{ id: "call_7f3_a", type: "function", function: { name: "order_status", arguments: '{"order_id":"10023"}' } }] },
      { role: "tool", tool_call_id: "call_7f3_a", content: '{"status":"shipped"}' },
    ]);
  });

  it("forwards the Anthropic messages body of InvokeModel and InvokeModelWithResponseStream", async () => {
    reply = (request) =>
      request.stream ? { toolCalls: [{ name: "order_status", arguments: { order_id: "A-1" } }] } : { text: "Hello from the forwarded model.", finishReason: "length" };
    const body = (stream: boolean) =>
      JSON.stringify({
        anthropic_version: "bedrock-2023-05-31",
        max_tokens: 64,
        system: "Be brief.",
        messages: [{ role: "user", content: stream ? "Where is order A-1?" : "Hello" }],
        ...(stream ? { tools: [{ name: "order_status", description: "Looks up an order.", input_schema: { type: "object" } }] } : {}),
      });
    const whole = await client.send(new InvokeModelCommand({ modelId: SONNET, body: body(false) }));
    const message = JSON.parse(Buffer.from(whole.body).toString()) as { content: unknown[]; stop_reason: string; usage: object };
    expect(message).toMatchObject({ content: [{ type: "text", text: "Hello from the forwarded model." }], stop_reason: "max_tokens", usage: { input_tokens: 11, output_tokens: 7 } });
    expect(upstream.requests[0]?.messages).toEqual([{ role: "system", content: "Be brief." }, { role: "user", content: "Hello" }]);

    const streamed = await client.send(new InvokeModelWithResponseStreamCommand({ modelId: SONNET, body: body(true) }));
    const events: { type: string; content_block?: { type: string; name?: string }; delta?: { stop_reason?: string; partial_json?: string } }[] = [];
    for await (const event of streamed.body ?? []) if (event.chunk?.bytes) events.push(JSON.parse(Buffer.from(event.chunk.bytes).toString()));
    expect(events.find((event) => event.type === "content_block_start")?.content_block).toMatchObject({ type: "tool_use", name: "order_status" });
    const json = events.map((event) => event.delta?.partial_json ?? "").join("");
    expect(JSON.parse(json)).toEqual({ order_id: "A-1" });
    expect(events.find((event) => event.type === "message_delta")?.delta?.stop_reason).toBe("tool_use");
  });

  it("keeps embeddings local", async () => {
    const response = await client.send(new InvokeModelCommand({ modelId: "amazon.titan-embed-text-v2:0", body: JSON.stringify({ inputText: "hello", dimensions: 256 }) }));
    expect((JSON.parse(Buffer.from(response.body).toString()) as { embedding: number[] }).embedding).toHaveLength(256);
    expect(upstream.requests).toHaveLength(0);
  });

  it("maps the server's failures to Bedrock's exceptions, before the stream starts", async () => {
    reply = () => ({ status: 429, error: "slow down" });
    expect(await failure(client.send(new ConverseCommand(ask(HAIKU, "Hi"))))).toMatchObject({ name: "ThrottlingException" });
    expect(await failure(client.send(new ConverseStreamCommand(ask(HAIKU, "Hi"))))).toMatchObject({ name: "ThrottlingException" });
    reply = () => ({ status: 500, error: "model crashed" });
    const crashed = await failure(client.send(new ConverseCommand(ask(HAIKU, "Hi"))));
    expect(crashed.name).toBe("ModelErrorException");
    expect(crashed.$metadata?.httpStatusCode).toBe(424);

    const closedPort = await startOpenAiCompatibleServer(() => ({ text: "" }));
    await closedPort.close();
    const orphan = await startLocalBedrock({ port: 0, forward: { url: `${closedPort.url}/v1` } });
    const orphanClient = new BedrockRuntimeClient({ region: "us-east-1", endpoint: orphan.url, credentials: { accessKeyId: "l", secretAccessKey: "l" }, maxAttempts: 1 });
    try {
      expect(await failure(orphanClient.send(new ConverseCommand(ask(HAIKU, "Hi"))))).toMatchObject({ name: "ServiceUnavailableException" });
    } finally {
      orphanClient.destroy();
      await orphan.close();
    }
  });

  it("applies faults to forwarded calls: a stream cut after K events and malformed JSON", async () => {
    reply = () => ({ text: JSON.stringify({ route: "simple", needsOrder: false, confidence: 0.9 }) });
    endpoint.setFaults({ rules: [{ kind: "stream-cut", afterEvents: 2, burst: 1 }] });
    const cut = await collect(ask(HAIKU, "Classify: where is my parcel?"));
    expect(cut.names).toEqual(["messageStart", "contentBlockDelta"]);
    expect(cut.error?.name).toBe("ModelStreamErrorException");

    endpoint.setFaults({ seed: 2, rules: [{ kind: "invalid-json", burst: 2 }] });
    const whole = await client.send(new ConverseCommand(ask(HAIKU, "Classify: where is my parcel?")));
    expect(() => JSON.parse(whole.output?.message?.content?.[0]?.text ?? "")).toThrow();
    const streamed = await collect(ask(HAIKU, "Classify: where is my parcel?"));
    expect(streamed.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(streamed.text)).toThrow();
    expect(endpoint.stats().models[HAIKU]?.faults).toMatchObject({ "stream-cut": 1, "invalid-json": 2 });
  });
});
