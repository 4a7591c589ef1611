import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from "@aws-sdk/client-bedrock-runtime";
import type { ContentBlock, ConverseCommandInput, Message, ToolConfiguration } from "@aws-sdk/client-bedrock-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBedrock } from "../src/bedrock-local/server.ts";
import type { LocalBedrockServer } from "../src/bedrock-local/server.ts";

const CHAT_MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";
const EMBEDDING_MODEL = "amazon.titan-embed-text-v2:0";

let server: LocalBedrockServer;
let client: BedrockRuntimeClient;
const httpVersions: string[] = [];

beforeAll(async () => {
  server = await startLocalBedrock({
    port: 0,
    logger: {
      info: (entry) => {
        const version = (entry as { httpVersion?: string }).httpVersion;
        if (version) httpVersions.push(version);
      },
      warn: () => {},
      error: () => {},
    },
  });
  client = new BedrockRuntimeClient({
    region: "us-east-1",
    endpoint: server.url,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

const SOURCES = `<sources>
<source id="1" title="Returns policy (EU)" lang="en" document="returns-eu">
You can return most items within 30 days of delivery for a full refund. Items must be unused and in their original packaging.
Refunds are issued to the original payment method within 5 business days.
</source>
<source id="2" title="Política de devoluciones" lang="es" document="returns-es">
Puedes devolver la mayoría de los artículos en un plazo de 30 días desde la entrega. Los reembolsos se emiten al método de pago original en 5 días hábiles.
</source>
<source id="3" title="Shipping" lang="en" document="shipping">
Standard shipping takes 3–5 business days. Express shipping arrives the next business day.
</source>
</sources>`;

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
};

function ask(question: string, options: { language?: string; sources?: string; tools?: boolean } = {}): ConverseCommandInput {
  const system: ConverseCommandInput["system"] = [{ text: "You are Switchboard, a support assistant." }, { cachePoint: { type: "default" } }];
  if (options.language) system.push({ text: `<reply_language>${options.language}</reply_language>` });
  return {
    modelId: CHAT_MODEL,
    system,
    messages: [{ role: "user", content: [{ text: options.sources ?? SOURCES }, { text: question }] }],
    toolConfig: options.tools ? ORDER_TOOL : undefined,
  };
}

function textOf(content: ContentBlock[] | undefined): string {
  return (content ?? []).map((block) => block.text ?? "").join("");
}

describe("Converse", () => {
  it("answers from the sources with a cited, extractive sentence", async () => {
    const response = await client.send(new ConverseCommand(ask("How many days do I have to return an item?", { language: "en" })));
    const text = textOf(response.output?.message?.content);
    expect(text).toContain("You can return most items within 30 days of delivery for a full refund. [1]");
    expect(response.stopReason).toBe("end_turn");
    expect(response.usage?.inputTokens).toBeGreaterThan(50);
    expect(response.usage?.outputTokens).toBeGreaterThan(5);
    expect(response.usage?.totalTokens).toBe((response.usage?.inputTokens ?? 0) + (response.usage?.outputTokens ?? 0));
    expect(response.metrics?.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("answers a Spanish question in Spanish from the Spanish source", async () => {
    const response = await client.send(new ConverseCommand(ask("¿Cuántos días tengo para devolver un artículo?")));
    const text = textOf(response.output?.message?.content);
    expect(text).toContain("plazo de 30 días");
    expect(text).toContain("[2]");
    expect(text).not.toContain("[1]");
  });

  it("says it does not know when the sources do not cover the question", async () => {
    const response = await client.send(new ConverseCommand(ask("Do you offer gift wrapping for birthdays?", { language: "en" })));
    expect(textOf(response.output?.message?.content)).toBe("I'm sorry, I don't have that information.");
  });

  it("replies to a greeting without citing anything", async () => {
    const response = await client.send(new ConverseCommand(ask("hola", { language: "es" })));
    const text = textOf(response.output?.message?.content);
    expect(text).toMatch(/hola/i);
    expect(text).not.toMatch(/\[\d+\]/);
  });

  it("accepts inference profiles and ARNs as model ids", async () => {
    for (const modelId of [
      "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
      "us.anthropic.claude-3-5-haiku-20241022-v1:0",
      "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
      "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.anthropic.claude-3-7-sonnet-20250219-v1:0",
    ]) {
      const response = await client.send(new ConverseCommand({ ...ask("How long does express shipping take?", { language: "en" }), modelId }));
      expect(textOf(response.output?.message?.content)).toContain("[3]");
    }
  });

  it("rejects an invalid body with a ValidationException", async () => {
    const input = { modelId: CHAT_MODEL, messages: [{ role: "user", content: [] }] } as unknown as ConverseCommandInput;
    await expect(client.send(new ConverseCommand(input))).rejects.toMatchObject({
      name: "ValidationException",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("rejects an unknown model with a ValidationException", async () => {
    await expect(client.send(new ConverseCommand({ ...ask("hi"), modelId: "acme.super-model-v1:0" }))).rejects.toMatchObject({
      name: "ValidationException",
      message: "The provided model identifier is invalid.",
    });
  });

  it("rejects Converse on an embedding model", async () => {
    await expect(client.send(new ConverseCommand({ ...ask("hi"), modelId: EMBEDDING_MODEL }))).rejects.toMatchObject({
      name: "ValidationException",
    });
  });

  it("stops at maxTokens", async () => {
    const response = await client.send(
      new ConverseCommand({ ...ask("How many days do I have to return an item?", { language: "en" }), inferenceConfig: { maxTokens: 5 } }),
    );
    expect(response.stopReason).toBe("max_tokens");
    expect(textOf(response.output?.message?.content).length).toBeLessThan(30);
  });
});

describe("ConverseStream", () => {
  it("streams deltas that add up to the Converse answer, then usage", async () => {
    const input = ask("How many days do I have to return an item?", { language: "en" });
    const whole = await client.send(new ConverseCommand(input));
    const response = await client.send(new ConverseStreamCommand(input));
    const events: string[] = [];
    let text = "";
    let deltas = 0;
    let metadata: { inputTokens?: number; outputTokens?: number; latencyMs?: number } = {};
    for await (const event of response.stream ?? []) {
      events.push(Object.keys(event)[0] ?? "");
      if (event.contentBlockDelta?.delta?.text !== undefined) {
        text += event.contentBlockDelta.delta.text;
        deltas += 1;
      }
      if (event.metadata) {
        metadata = { ...event.metadata.usage, latencyMs: event.metadata.metrics?.latencyMs };
      }
    }
    expect(text).toBe(textOf(whole.output?.message?.content));
    expect(deltas).toBeGreaterThan(5);
    expect(events[0]).toBe("messageStart");
    expect(events.slice(-3)).toEqual(["contentBlockStop", "messageStop", "metadata"]);
    expect(metadata.inputTokens).toBe(whole.usage?.inputTokens);
    expect(metadata.outputTokens).toBe(whole.usage?.outputTokens);
    expect(metadata.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("streams a tool call as contentBlockStart and JSON input fragments", async () => {
    const response = await client.send(new ConverseStreamCommand(ask("Where is my order #10023?", { language: "en", tools: true })));
    let start: { toolUseId?: string; name?: string } | undefined;
    let input = "";
    let stopReason: string | undefined;
    for await (const event of response.stream ?? []) {
      if (event.contentBlockStart?.start?.toolUse) start = event.contentBlockStart.start.toolUse;
      if (event.contentBlockDelta?.delta?.toolUse) input += event.contentBlockDelta.delta.toolUse.input ?? "";
      if (event.messageStop) stopReason = event.messageStop.stopReason;
    }
    expect(start?.name).toBe("order_status");
    expect(start?.toolUseId).toMatch(/^tooluse_/);
    expect(JSON.parse(input)).toEqual({ order_id: "10023" });
    expect(stopReason).toBe("tool_use");
  });

  it("applies the configured latency before the first delta", async () => {
    const slow = await startLocalBedrock({ port: 0, latency: { firstTokenMs: 120, perTokenMs: 1 } });
    const slowClient = new BedrockRuntimeClient({
      region: "us-east-1",
      endpoint: slow.url,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      maxAttempts: 1,
    });
    try {
      const started = Date.now();
      const response = await slowClient.send(new ConverseStreamCommand(ask("How many days do I have to return an item?", { language: "en" })));
      let firstDeltaAt = 0;
      for await (const event of response.stream ?? []) {
        if (event.contentBlockDelta && !firstDeltaAt) firstDeltaAt = Date.now();
      }
      expect(firstDeltaAt - started).toBeGreaterThanOrEqual(100);
    } finally {
      slowClient.destroy();
      await slow.close();
    }
  });
});

describe("order tool", () => {
  async function lookUp(result: ContentBlock.ToolResultMember["toolResult"], language = "en") {
    const first = ask("Where is my order #10023?", { language, tools: true });
    const call = await client.send(new ConverseCommand(first));
    expect(call.stopReason).toBe("tool_use");
    const toolUse = call.output?.message?.content?.[0]?.toolUse;
    expect(toolUse?.name).toBe("order_status");
    expect(toolUse?.input).toEqual({ order_id: "10023" });
    const messages: Message[] = [
      ...(first.messages ?? []),
      { role: "assistant", content: call.output?.message?.content ?? [] },
      { role: "user", content: [{ toolResult: { ...result, toolUseId: toolUse?.toolUseId ?? "" } }] },
    ];
    const answer = await client.send(new ConverseCommand({ ...first, messages }));
    expect(answer.stopReason).toBe("end_turn");
    return textOf(answer.output?.message?.content);
  }

  it("calls the tool for an order question, then reports a verified order's status", async () => {
    const text = await lookUp({
      toolUseId: "",
      content: [
        {
          json: {
            found: true,
            verified: true,
            order: { id: "10023", status: "shipped", carrier: "DHL", trackingNumber: "JD0146000033", estimatedDelivery: "2025-03-14" },
          },
        },
      ],
    });
    expect(text).toContain("#10023");
    expect(text).toContain("shipped");
    expect(text).toContain("DHL");
    expect(text).toContain("JD0146000033");
    expect(text).toContain("March 14, 2025");
  });

  it("asks an unverified customer to verify and discloses nothing", async () => {
    const text = await lookUp({
      toolUseId: "",
      content: [{ json: { found: true, verified: false, order: { id: "10023", status: "shipped", carrier: "DHL" } } }],
    });
    expect(text).toMatch(/sign in/i);
    expect(text).not.toContain("DHL");
    expect(text).not.toContain("shipped");
  });

  it("says when no order has that number", async () => {
    const text = await lookUp({ toolUseId: "", content: [{ json: { found: false, orderId: "10023" } }] });
    expect(text).toContain("couldn't find an order");
    expect(text).toContain("10023");
  });

  it("localizes the order reply", async () => {
    const text = await lookUp(
      { toolUseId: "", content: [{ json: { found: true, verified: true, order: { id: "10023", status: "in_transit" } } }] },
      "de",
    );
    expect(text).toBe("Ihre Bestellung #10023 ist unterwegs.");
  });

  it("apologizes when the lookup failed", async () => {
    const text = await lookUp({ toolUseId: "", content: [{ text: "timeout" }], status: "error" });
    expect(text).toMatch(/unavailable/);
  });

  it("asks for the order number when the question has none", async () => {
    const response = await client.send(new ConverseCommand(ask("¿Dónde está mi pedido?", { language: "es", tools: true })));
    expect(response.stopReason).toBe("end_turn");
    expect(textOf(response.output?.message?.content)).toMatch(/número de pedido/);
  });
});

describe("InvokeModel", () => {
  async function embed(body: Record<string, unknown>): Promise<{ embedding: number[]; inputTextTokenCount: number; embeddingsByType: { float: number[] } }> {
    const response = await client.send(new InvokeModelCommand({ modelId: EMBEDDING_MODEL, body: JSON.stringify(body) }));
    return JSON.parse(Buffer.from(response.body).toString("utf8"));
  }

  function cosine(left: number[], right: number[]): number {
    return left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
  }

  it("embeds with Titan v2: dimensions, normalized, deterministic, similar texts closer", async () => {
    const small = await embed({ inputText: "How do I return an item?", dimensions: 256 });
    expect(small.embedding).toHaveLength(256);
    expect(small.embeddingsByType.float).toEqual(small.embedding);
    expect(small.inputTextTokenCount).toBeGreaterThan(0);
    const query = await embed({ inputText: "How do I return an item?" });
    expect(query.embedding).toHaveLength(1024);
    expect(Math.hypot(...query.embedding)).toBeCloseTo(1, 6);
    expect((await embed({ inputText: "How do I return an item?" })).embedding).toEqual(query.embedding);
    const similar = await embed({ inputText: "Returning items: you can return an item within 30 days." });
    const unrelated = await embed({ inputText: "Our office is closed on public holidays in Berlin." });
    expect(cosine(query.embedding, similar.embedding)).toBeGreaterThan(cosine(query.embedding, unrelated.embedding) + 0.1);
  });

  it("rejects empty and oversized Titan input", async () => {
    await expect(embed({ inputText: "" })).rejects.toMatchObject({ name: "ValidationException" });
    await expect(embed({ inputText: "x".repeat(50_001) })).rejects.toMatchObject({ name: "ValidationException" });
    await expect(embed({ inputText: "ok", dimensions: 300 })).rejects.toMatchObject({ name: "ValidationException" });
  });

  it("answers an Anthropic messages body in Anthropic's shape", async () => {
    const response = await client.send(
      new InvokeModelCommand({
        modelId: `us.${CHAT_MODEL}`,
        body: JSON.stringify({
          anthropic_version: "bedrock-2023-05-31",
          max_tokens: 512,
          system: "<reply_language>en</reply_language>",
          messages: [{ role: "user", content: [{ type: "text", text: SOURCES }, { type: "text", text: "How long does standard shipping take?" }] }],
        }),
      }),
    );
    const body = JSON.parse(Buffer.from(response.body).toString("utf8"));
    expect(body).toMatchObject({ type: "message", role: "assistant", stop_reason: "end_turn" });
    expect(body.content[0].text).toContain("Standard shipping takes 3–5 business days. [3]");
    expect(body.usage.input_tokens).toBeGreaterThan(0);
  });

  it("streams Anthropic events as base64 chunks", async () => {
    const response = await client.send(
      new InvokeModelWithResponseStreamCommand({
        modelId: CHAT_MODEL,
        body: JSON.stringify({
          anthropic_version: "bedrock-2023-05-31",
          max_tokens: 512,
          messages: [{ role: "user", content: `${SOURCES}\nHow long does standard shipping take?` }],
        }),
      }),
    );
    const types: string[] = [];
    let text = "";
    for await (const event of response.body ?? []) {
      const payload = JSON.parse(Buffer.from(event.chunk?.bytes ?? new Uint8Array()).toString("utf8"));
      types.push(payload.type);
      if (payload.delta?.type === "text_delta") text += payload.delta.text;
    }
    expect(types[0]).toBe("message_start");
    expect(types.slice(-2)).toEqual(["message_delta", "message_stop"]);
    expect(text).toContain("3–5 business days");
  });

  it("rejects a chat body that is not Anthropic's", async () => {
    await expect(
      client.send(new InvokeModelCommand({ modelId: CHAT_MODEL, body: JSON.stringify({ prompt: "hello" }) })),
    ).rejects.toMatchObject({ name: "ValidationException" });
  });
});

describe("transport", () => {
  it("serves HTTP/1.1 (plain fetch) and HTTP/2 (the SDK) on the same port", async () => {
    const response = await fetch(`${server.url}/model/${encodeURIComponent(EMBEDDING_MODEL)}/invoke`, {
      method: "POST",
      body: JSON.stringify({ inputText: "hello", dimensions: 256 }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(response.headers.get("date")).toBeTruthy();
    expect(((await response.json()) as { embedding: number[] }).embedding).toHaveLength(256);
    await client.send(new InvokeModelCommand({ modelId: EMBEDDING_MODEL, body: JSON.stringify({ inputText: "hello" }) }));
    expect(httpVersions).toContain("1.1");
    expect(httpVersions).toContain("2.0");
  });

  it("answers an unknown route with a Bedrock-shaped 404", async () => {
    const response = await fetch(`${server.url}/unknown`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toMatch(/^UnknownOperationException:/);
    expect(await response.json()).toHaveProperty("message");
  });

  it("sends the Bedrock error type header on validation errors", async () => {
    const response = await fetch(`${server.url}/model/${encodeURIComponent(CHAT_MODEL)}/converse`, { method: "POST", body: "{" });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/");
  });

  it("counts requests", () => {
    const stats = server.stats();
    expect(stats.requests).toBeGreaterThan(10);
    expect(stats.inFlight).toBe(0);
    expect(stats.maxInFlight).toBeGreaterThanOrEqual(1);
  });
});
