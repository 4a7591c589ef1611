import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";

describe("detectLanguage", () => {
  it.each([
    ["mi pedido NL-100234 no ha llegado", "es"],
    ["wo ist meine Bestellung", "de"],
    ["退货要多久", "zh"],
    ["ma commande n'est pas arrivée", "fr"],
    ["where is my order", "en"],
    ["我的order还没到", "zh"],
    ["ok cool thx", "en"],
    ["ok merci bcp", "fr"],
    ["hello", "en"],
  ])("%s → %s", (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it.each(["", "   ", "NL-100234", "👍👍", "Привет, где мой заказ", "注文はどこですか", "주문이 어디 있나요"])(
    "cannot tell for %j",
    (text) => {
      expect(detectLanguage(text)).toEqual({ language: undefined, confidence: 0 });
    },
  );

  it("keeps confidence within 0..1", () => {
    for (const text of ["ok", "gracias", "我的订单", "ich möchte mein Abo kündigen bitte"]) {
      const { confidence } = detectLanguage(text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it("handles very long input quickly", () => {
    const long = "Bonjour, ma commande n'est toujours pas arrivée. ".repeat(2000);
    const start = performance.now();
    expect(detectLanguage(long).language).toBe("fr");
    expect(performance.now() - start).toBeLessThan(200);
  });
});
