import { describe, expect, it } from "vitest";
import { classificationSchema } from "../../models/prompts/classify.ts";
import { classifyMessage } from "./classify-message.ts";

const route = (message: string, language?: "en" | "es" | "fr" | "de" | "zh") => classifyMessage({ message, language }).route;

describe("classifyMessage", () => {
  it("escalates an explicit request for a person, a legal threat and strong anger", () => {
    expect(route("I want to talk to a human agent right now", "en")).toBe("escalate");
    expect(route("Si no me devolvéis el dinero os voy a demandar", "es")).toBe("escalate");
    expect(route("THIS IS A DISGRACE, WORST SHOP EVER!!!", "en")).toBe("escalate");
    expect(classifyMessage({ message: "转人工客服", language: "zh" }).intent).toBe("human_request");
  });

  it("does not escalate look-alikes of a request for a person", () => {
    expect(route("Does the password manager work with your app?", "en")).not.toBe("escalate");
  });

  it("calls comparisons, conditions, exceptions and several asks complex, in each language", () => {
    expect(route("What's the difference between the Classic and the Pro plan?", "en")).toBe("complex");
    expect(route("¿Puedo devolverlo si ya lo he usado una vez?", "es")).toBe("complex");
    expect(route("Puis-je retourner un article sans le ticket de caisse ?", "fr")).toBe("complex");
    expect(route("Wie lange dauert der Versand? Und kann ich per Rechnung zahlen?", "de")).toBe("complex");
    expect(route("这两款哪个更耐用？", "zh")).toBe("complex");
  });

  it("keeps a single factual question and small talk simple", () => {
    expect(route("Do you ship to Norway?", "en")).toBe("simple");
    expect(route("¿Aceptáis tarjetas de débito?", "es")).toBe("simple");
    expect(classifyMessage({ message: "Merci beaucoup !", language: "fr" })).toMatchObject({ route: "simple", intent: "greeting", confidence: 0.95 });
  });

  it("reads the whether-si of an indirect question as no condition", () => {
    expect(route("Quería saber si hacéis envíos a Valencia", "es")).toBe("simple");
    expect(route("Je voudrais savoir si vous livrez en Corse", "fr")).toBe("simple");
  });

  it("needs the order for an order number, the customer's own order or purchase, and a status follow-up", () => {
    const needs = (message: string, language?: "en" | "es" | "fr" | "de" | "zh", recentTurns = [] as { role: "customer" | "assistant"; text: string }[]) =>
      classifyMessage({ message, language, recentTurns }).needs_order;
    expect(needs("Status of 8812345?", "en")).toBe(true);
    expect(needs("Ma commande n'est toujours pas arrivée", "fr")).toBe(true);
    expect(needs("Ich habe gestern einen Mantel bestellt, kann ich die Größe noch ändern?", "de")).toBe(true);
    expect(needs("我买的鞋子坏了", "zh")).toBe(true);
    expect(needs("and where is it now?", "en", [{ role: "customer", text: "my order 55120 was supposed to come Monday" }])).toBe(true);
    expect(needs("and where is it now?", "en")).toBe(false);
  });

  it("does not need an order for policy questions, product codes or a first-order discount", () => {
    expect(classifyMessage({ message: "Is the X200 compatible with the X300 dock?", language: "en" }).needs_order).toBe(false);
    expect(classifyMessage({ message: "Does the sleeve fit a 16-inch laptop?", language: "en" }).needs_order).toBe(false);
    expect(classifyMessage({ message: "How long do refunds take?", language: "en" }).needs_order).toBe(false);
    expect(classifyMessage({ message: "Gibt es Rabatt auf die erste Bestellung?", language: "de" }).needs_order).toBe(false);
  });

  it("answers in the schema's shape, with a topic and an intent", () => {
    const classification = classifyMessage({ message: "How much does express shipping to Lyon cost?" });
    expect(classificationSchema.parse(classification)).toEqual(classification);
    expect(classification).toMatchObject({ topic: "shipping", intent: "shipping" });
  });
});
