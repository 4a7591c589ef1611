import { describe, expect, it } from "vitest";
import { readOrderIntent } from "./order-intent.ts";

describe("readOrderIntent", () => {
  it.each([
    ["Where is my order #10023?", "10023"],
    ["¿Dónde está mi pedido SB-10023?", "SB-10023"],
    ["Où en est ma commande A1B2C3D4 ?", "A1B2C3D4"],
    ["Wo ist meine Bestellung 10023?", "10023"],
    ["我的订单10023在哪里？", "10023"],
    ["My order 4521 hasn't arrived", "4521"],
  ])("finds the order number in %s", (question, id) => {
    const intent = readOrderIntent(question);
    expect(intent.mentionsOrder).toBe(true);
    expect(intent.orderId).toBe(id);
  });

  it.each([
    "I paid $25.00 on 2024-05-01 for my order",
    "I ordered 3x 10kg bags for 19.99 €",
    "Can I return an iPhone15 bought in 2023?",
    "My order arrived on 12/05/2024 at 10:30",
    "Call +49 3012 for orders",
  ])("does not take dates, prices, quantities or years for an id: %s", (question) => {
    expect(readOrderIntent(question).orderId).toBeUndefined();
  });

  it("tells a status question from a policy question", () => {
    expect(readOrderIntent("Where is my order?")).toMatchObject({ mentionsOrder: true, asksStatus: true });
    expect(readOrderIntent("Mi pedido no ha llegado")).toMatchObject({ mentionsOrder: true, asksStatus: true });
    expect(readOrderIntent("How do I cancel my order?")).toMatchObject({ mentionsOrder: true, asksStatus: false });
    expect(readOrderIntent("Can I change the shipping address of my order?").asksStatus).toBe(false);
    expect(readOrderIntent("In order to return an item, what do I do?").mentionsOrder).toBe(false);
  });

  it("accepts a short bare number only in an order context", () => {
    expect(readOrderIntent("It's 4521").orderId).toBeUndefined();
    expect(readOrderIntent("It's 4521", true).orderId).toBe("4521");
    expect(readOrderIntent("#4521").strongId).toBe(true);
  });
});
