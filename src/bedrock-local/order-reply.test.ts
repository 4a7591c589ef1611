import { describe, expect, it } from "vitest";
import { orderReply } from "./order-reply.ts";

const call = { toolUseId: "tooluse_1", name: "order_status", input: { order_id: "10023" } };

describe("orderReply", () => {
  it("describes a verified order in each language", () => {
    const result = {
      toolUseId: "tooluse_1",
      content: [{ json: { found: true, verified: true, order: { id: "10023", status: "out_for_delivery", carrier: "UPS", trackingNumber: "1Z999", estimatedDelivery: "2025-03-14" } } }],
    };
    expect(orderReply(result, call, "en")).toBe(
      "Your order #10023 is out for delivery. It is being shipped with UPS (tracking number 1Z999). Estimated delivery: March 14, 2025.",
    );
    expect(orderReply(result, call, "es")).toContain("Tu pedido #10023 está en reparto.");
    expect(orderReply(result, call, "es")).toContain("14 de marzo de 2025");
    expect(orderReply(result, call, "fr")).toContain("Votre commande #10023 est en cours de livraison.");
    expect(orderReply(result, call, "de")).toContain("14. März 2025");
    expect(orderReply(result, call, "zh")).toContain("2025年3月14日");
  });

  it("reads JSON carried in a text block", () => {
    const result = { toolUseId: "tooluse_1", content: [{ text: JSON.stringify({ found: false, orderId: "SB-1" }) }] };
    expect(orderReply(result, call, "en")).toBe("I couldn't find an order with the number SB-1. Could you please check the number and try again?");
  });

  it("discloses nothing to an unverified customer", () => {
    const result = { toolUseId: "tooluse_1", content: [{ json: { found: true, verified: false, order: { status: "shipped", carrier: "DHL" } } }] };
    const reply = orderReply(result, call, "fr");
    expect(reply).toContain("connecter");
    expect(reply).not.toMatch(/DHL|expédiée/);
  });

  it("apologizes for failed lookups", () => {
    expect(orderReply({ toolUseId: "tooluse_1", content: [{ text: "boom" }], status: "error" }, call, "es")).toMatch(/no está disponible/);
    expect(orderReply({ toolUseId: "tooluse_1", content: [{ json: { error: "timeout" } }] }, call, "en")).toMatch(/unavailable/);
  });
});
