import { describe, expect, it } from "vitest";
import type { AnswerBlock, ChatMessage, ChatRequest, ToolConfiguration } from "./converse-types.ts";
import { answerOffline } from "./offline-answerer.ts";

const SOURCES = `<sources>
<source id="1" title="Cancellations" lang="en" document="cancel">
You can cancel an order free of charge until it ships. Once shipped, it cannot be cancelled but can be returned.
</source>
<source id="2" title="Shipping" lang="en" document="shipping">
Standard shipping takes 3–5 business days.
</source>
</sources>`;

const ORDER_TOOL: ToolConfiguration = {
  tools: [
    { cachePoint: { type: "default" } },
    {
      toolSpec: {
        name: "lookup_order",
        inputSchema: { json: { type: "object", properties: { number: { type: "string" } }, required: ["number"] } },
      },
    },
  ],
};

function request(question: string, options: { language?: string; tools?: boolean; history?: ChatMessage[] } = {}): ChatRequest {
  return {
    system: [
      { text: "You are a support assistant." },
      { cachePoint: { type: "default" } },
      ...(options.language ? [{ text: `Answer in <reply_language>${options.language}</reply_language>.` }] : []),
    ],
    messages: [...(options.history ?? []), { role: "user", content: [{ text: SOURCES }, { text: question }] }],
    toolConfig: options.tools ? ORDER_TOOL : undefined,
  };
}

function text(blocks: AnswerBlock[]): string {
  return blocks.map((block) => ("text" in block ? block.text : "")).join("");
}

function withResult(first: ChatRequest, call: AnswerBlock, json: unknown): ChatRequest {
  const toolUseId = "toolUse" in call ? call.toolUse.toolUseId : "";
  return {
    ...first,
    messages: [...first.messages, { role: "assistant", content: [call] }, { role: "user", content: [{ toolResult: { toolUseId, content: [{ json }] } }] }],
  };
}

describe("answerOffline", () => {
  it("answers from the sources in the last user message", () => {
    const answer = answerOffline(request("Can I cancel my order before it ships?", { language: "en" }));
    expect(answer.stopReason).toBe("end_turn");
    expect(text(answer.content)).toContain("You can cancel an order free of charge until it ships. [1]");
  });

  it("detects the language when no reply language is given", () => {
    expect(text(answerOffline(request("¿Qué sabéis de los planetas?")).content)).toBe("Lo siento, no tengo esa información.");
    expect(text(answerOffline(request("Welche Farbe hat der Himmel?")).content)).toBe("Es tut mir leid, diese Information habe ich nicht.");
    expect(text(answerOffline(request("天空是什么颜色？")).content)).toBe("抱歉，我没有这方面的信息。");
  });

  it("uses the reply language over the question's language", () => {
    expect(text(answerOffline(request("What colour is the sky?", { language: "fr" })).content)).toBe("Je suis désolé, je n'ai pas cette information.");
  });

  it("falls back when there are no sources at all", () => {
    const bare: ChatRequest = { messages: [{ role: "user", content: [{ text: "How long does shipping take?" }] }] };
    expect(text(answerOffline(bare).content)).toBe("I'm sorry, I don't have that information.");
  });

  it("answers greetings and thanks politely, without citations", () => {
    expect(text(answerOffline(request("Hi!")).content)).toBe("Hello! How can I help you today?");
    expect(text(answerOffline(request("merci beaucoup")).content)).toBe("Avec plaisir ! Puis-je vous aider pour autre chose ?");
    expect(text(answerOffline(request("谢谢")).content)).not.toMatch(/\[\d\]/);
  });

  it("calls the order tool with the schema's id property", () => {
    const answer = answerOffline(request("Where is my order SB-10023?", { tools: true }));
    expect(answer.stopReason).toBe("tool_use");
    const [block] = answer.content;
    expect(block && "toolUse" in block ? block.toolUse : undefined).toMatchObject({
      name: "lookup_order",
      input: { number: "SB-10023" },
      toolUseId: expect.stringMatching(/^tooluse_[\w-]{22}$/),
    });
  });

  it("does not call a tool that is not offered", () => {
    expect(answerOffline(request("Where is my order #10023?")).stopReason).toBe("end_turn");
  });

  it("asks for the order number when the question has none", () => {
    const answer = answerOffline(request("Wo ist meine Bestellung?", { tools: true }));
    expect(text(answer.content)).toBe("Das prüfe ich gern für Sie. Können Sie mir bitte Ihre Bestellnummer nennen?");
  });

  it("takes a bare number as the order number after asking for it", () => {
    const history: ChatMessage[] = [
      { role: "user", content: [{ text: "Where is my order?" }] },
      { role: "assistant", content: [{ text: "I can check that for you. Could you please tell me your order number?" }] },
    ];
    const answer = answerOffline(request("It's 4521", { tools: true, history }));
    expect(answer.stopReason).toBe("tool_use");
  });

  it("answers the tool result in the language of the question it answers", () => {
    const first = request("我的订单10023在哪里？", { tools: true });
    const call = answerOffline(first).content[0];
    if (!call) throw new Error("no tool call");
    const answer = answerOffline(withResult(first, call, { found: true, verified: true, order: { id: "10023", status: "delivered" } }));
    expect(answer.stopReason).toBe("end_turn");
    expect(text(answer.content)).toBe("您的订单 #10023 已送达。");
  });

  it("never calls the tool again for the same order right after a result", () => {
    const first = request("Where is my order #10023?", { tools: true });
    const call = answerOffline(first).content[0];
    if (!call) throw new Error("no tool call");
    const answer = answerOffline(withResult(first, call, { found: false, orderId: "10023" }));
    expect(answer.stopReason).toBe("end_turn");
    expect(text(answer.content)).toContain("#10023");
  });

  it("adds the policy when the order question asks more than where the order is", () => {
    const first = request("Can I still cancel order #10023?", { tools: true, language: "en" });
    const call = answerOffline(first).content[0];
    if (!call) throw new Error("no tool call");
    const answer = text(
      answerOffline(withResult(first, call, { found: true, verified: true, order: { id: "10023", status: "processing" } })).content,
    );
    expect(answer).toContain("Your order #10023 is being processed.");
    expect(answer).toContain("You can cancel an order free of charge until it ships. [1]");
  });

  it("shows an unknown status as the order system wrote it", () => {
    const first = request("Where is my order #10023?", { tools: true, language: "en" });
    const call = answerOffline(first).content[0];
    if (!call) throw new Error("no tool call");
    const answer = answerOffline(withResult(first, call, { found: true, verified: true, order: { id: "10023", status: "awaiting_pickup" } }));
    expect(text(answer.content)).toBe('The status of your order #10023 is "awaiting_pickup".');
  });
});
