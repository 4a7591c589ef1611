import { describe, expect, it } from "vitest";
import { resolveConversationLanguage } from "./conversation-language.ts";

describe("resolveConversationLanguage", () => {
  it("lets an explicit choice win over everything", () => {
    expect(resolveConversationLanguage({ current: "es", text: "where is my order please", explicit: "de" })).toBe("de");
    expect(resolveConversationLanguage({ text: "退货要多久", explicit: "fr" })).toBe("fr");
  });

  describe("without a current language", () => {
    it.each([
      ["mi pedido NL-100234 no ha llegado", "es"],
      ["wo ist meine Bestellung", "de"],
      ["退货要多久", "zh"],
      ["bonjour", "fr"],
      ["hello", "en"],
    ])("takes the detected language of %s", (text, language) => {
      expect(resolveConversationLanguage({ text })).toBe(language);
    });

    it.each(["NL-100234", "👍", "", "Где мой заказ"])("falls back to English for %j", (text) => {
      expect(resolveConversationLanguage({ text })).toBe("en");
    });
  });

  describe("keeps the conversation's language", () => {
    it.each([
      ["es", "ok thanks"],
      ["es", "thanks!"],
      ["es", "NL-100234"],
      ["es", "iPhone 15 Pro"],
      ["de", "ok merci"],
      ["fr", "super, danke"],
      ["zh", "ok thanks"],
      ["zh", "ok"],
      ["zh", "NL-100234"],
      ["en", "gracias"],
      ["en", "I ordered the 小米 charger from your shop last week"],
      ["de", "die Anleitung gibt es leider nur auf Englisch"],
    ] as const)("%s conversation, customer writes %j", (current, text) => {
      expect(resolveConversationLanguage({ current, text })).toBe(current);
    });
  });

  describe("switches when the customer clearly does", () => {
    it.each([
      ["es", "Actually, can we continue in English please?", "en"],
      ["es", "my order still hasn't arrived, can you check it", "en"],
      ["en", "退货要多久", "zh"],
      ["en", "我的order还没到", "zh"],
      ["fr", "ich möchte mein Abo kündigen, bitte", "de"],
      ["zh", "where is my order, it has been two weeks", "en"],
      ["en", "¿podemos seguir en español?", "es"],
      ["de", "Vous pouvez répondre en français ?", "fr"],
      ["en", "可以说中文吗", "zh"],
      ["zh", "请用英文回复", "en"],
    ] as const)("%s conversation, customer writes %j → %s", (current, text, language) => {
      expect(resolveConversationLanguage({ current, text })).toBe(language);
    });
  });
});
