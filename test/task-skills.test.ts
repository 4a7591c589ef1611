import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { startLocalBedrock, type LocalBedrockServer } from "../src/bedrock-local/server.ts";
import type { SearchResult } from "../src/knowledge/hybrid-search.ts";
import type { TaskRequest } from "../src/models/gateway/model-gateway.ts";
import { jsonOnlyInstruction, parseStructuredOutput, repairMessages } from "../src/models/gateway/structured-output.ts";
import type { ChatMessage } from "../src/models/model-port.ts";
import {
  attachmentFieldsSchema,
  buildClassifyRequest,
  buildExtractRequest,
  buildJudgeRequest,
  buildSuggestReplyRequest,
  buildSummarizeRequest,
  classificationSchema,
  judgementSchema,
} from "../src/models/prompts/index.ts";
import { classifyWithModel } from "../src/models/prompts/classify-with-model.ts";
import { createBedrockChatModel } from "../src/models/providers/bedrock/bedrock-chat-model.ts";
import { convertToBedrockMessages, convertToBedrockSystem } from "../src/models/providers/bedrock/convert-to-bedrock-messages.ts";

const HAIKU = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

let server: LocalBedrockServer;
let client: BedrockRuntimeClient;

beforeAll(async () => {
  server = await startLocalBedrock({ port: 0 });
  client = new BedrockRuntimeClient({ region: "us-east-1", endpoint: server.url, credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

async function converse(request: TaskRequest, messages: ChatMessage[] = request.messages): Promise<string> {
  const response = await client.send(
    new ConverseCommand({
      modelId: HAIKU,
      system: convertToBedrockSystem(request.system),
      messages: convertToBedrockMessages(messages),
      inferenceConfig: { maxTokens: request.maxTokens, temperature: request.temperature },
    }),
  );
  expect(response.stopReason).toBe("end_turn");
  return (response.output?.message?.content ?? []).map((block) => block.text ?? "").join("");
}

function parsed<T>(schema: z.ZodType<T>, raw: string): T {
  const result = parseStructuredOutput(schema, raw);
  if (!result.success) throw new Error(`${result.error}: ${raw}`);
  return result.data;
}

const transcript = [
  { role: "user" as const, text: "Hi, my order 55120 arrived with a broken lamp shade. What can I do?" },
  { role: "assistant" as const, text: "I'm sorry to hear that. Damaged items can be returned free of charge within 30 days [1]." },
  { role: "user" as const, text: "Can you send a new shade instead of a refund?" },
];

const sources: SearchResult[] = [
  {
    chunkId: "c1",
    parentId: "p1",
    documentId: "d1",
    externalId: "damaged-items",
    title: "Damaged or defective items",
    lang: "en",
    category: null,
    region: null,
    text: "",
    parentText: "If an item arrives damaged, contact us within 30 days. We send a free replacement or refund the item, whichever you prefer.",
    score: 1,
  },
];

describe("task prompts answered by the local endpoint's skills, through the AWS SDK", () => {
  it("classify: Converse answers JSON in the schema, routed by the message", async () => {
    const human = parsed(classificationSchema, await converse(buildClassifyRequest("I want to speak to a real person, now.", { language: "en" })));
    expect(human).toMatchObject({ route: "escalate", intent: "human_request" });
    const order = parsed(classificationSchema, await converse(buildClassifyRequest("¿Dónde está mi pedido 58231?", { language: "es" })));
    expect(order).toMatchObject({ route: "simple", needs_order: true, intent: "order_status" });
    const comparison = parsed(classificationSchema, await converse(buildClassifyRequest("Quelle est la différence entre la livraison express et standard ?", { language: "fr" })));
    expect(comparison.route).toBe("complex");
  });

  it("classify: recent turns carry the order into a short follow-up", async () => {
    const request = buildClassifyRequest("and when will it arrive?", {
      language: "en",
      recentTurns: [
        { role: "user", text: "I ordered a kettle last week, order 77120" },
        { role: "assistant", text: "Thanks, I found order 77120." },
      ],
    });
    expect(parsed(classificationSchema, await converse(request)).needs_order).toBe(true);
  });

  it("classify: ConverseStream through the Bedrock chat model, and Anthropic InvokeModel, give the same answer", async () => {
    const message = "Can I return shoes I've already worn outside?";
    const streamed = await classifyWithModel(createBedrockChatModel(client), HAIKU, message, { language: "en" });
    expect(streamed.ok).toBe(true);
    const request = buildClassifyRequest(message, { language: "en" });
    const invoked = await client.send(
      new InvokeModelCommand({
        modelId: HAIKU,
        contentType: "application/json",
        body: JSON.stringify({
          anthropic_version: "bedrock-2023-05-31",
          max_tokens: request.maxTokens,
          system: request.system.map((block) => ("text" in block ? block.text : "")).join("\n"),
          messages: request.messages.map((item) => ({ role: item.role, content: item.content.map((block) => ("text" in block ? { type: "text", text: block.text } : block)) })),
        }),
      }),
    );
    const body = JSON.parse(new TextDecoder().decode(invoked.body)) as { content: { type: string; text: string }[] };
    const fromInvoke = parsed(classificationSchema, body.content[0]?.text ?? "");
    expect(streamed.ok && streamed.classification).toEqual(fromInvoke);
    expect(fromInvoke.route).toBe("complex");
  });

  it("a repair request quoting the validation error is answered with valid JSON again, also with the gateway's JSON instruction", async () => {
    const request = buildClassifyRequest("Where is my parcel? Tracking FR7781234", { language: "fr" });
    const first = parsed(classificationSchema, await converse(request));
    const system = [...request.system, jsonOnlyInstruction(classificationSchema)];
    const repaired = await converse({ ...request, system }, repairMessages(request.messages, '{"route": "simple"', "not valid JSON: Unexpected end of JSON input"));
    expect(parsed(classificationSchema, repaired)).toEqual(first);
  });

  it("extract: the attachment fields of a receipt, valid against the schema", async () => {
    const receipt = "Order confirmation\nOrder #SB-10045\nOrder date: 12 March 2024\nWireless mouse   2   €19.98\nTotal: €19.98";
    const fields = parsed(attachmentFieldsSchema, await converse(buildExtractRequest(receipt)));
    expect(fields).toEqual({ orderId: "SB-10045", purchaseDate: "2024-03-12", currency: "EUR", total: 19.98, items: [{ description: "Wireless mouse", quantity: 2, amount: 19.98 }] });
  });

  it("summarize: two to four sentences for the agent, framed in the reply language", async () => {
    const summary = await converse(buildSummarizeRequest(transcript, "es"));
    expect(summary).toMatch(/^El cliente escribió: «Hi, my order 55120 arrived with a broken lamp shade\./u);
    expect(summary).toContain("Ahora el cliente pide: «Can you send a new shade instead of a refund?»");
    // Each sentence of the note frames one quote; the quotes keep the customer's own sentences.
    const sentences = summary.replace(/«[^»]*»/gu, "«…»").split(/(?<=[.!?])\s+/u);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
  });

  it("judge: a score from 1 to 5 with the reasons behind it", async () => {
    const judgement = parsed(judgementSchema, await converse(buildJudgeRequest(transcript)));
    expect(judgement.score).toBeGreaterThanOrEqual(1);
    expect(judgement.reasons.some((reason) => reason.startsWith("cited:"))).toBe(true);
  });

  it("suggest_reply: a grounded, cited reply to the customer's latest message in the reply language", async () => {
    const reply = await converse(buildSuggestReplyRequest(transcript, sources, "en"));
    expect(reply).toMatch(/replacement/iu);
    expect(reply).toContain("[1]");
  });

  it("a request without a task tag still gets the grounded answerer", async () => {
    const response = await client.send(new ConverseStreamCommand({ modelId: HAIKU, messages: [{ role: "user", content: [{ text: "hello" }] }] }));
    let text = "";
    for await (const event of response.stream ?? []) text += event.contentBlockDelta?.delta?.text ?? "";
    expect(text).toBe("Hello! How can I help you today?");
  });
});
