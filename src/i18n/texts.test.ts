import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";
import { supportedLanguages } from "./language.ts";
import { languageName, text, textKeys, textsFor } from "./texts.ts";

const placeholdersOf = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("fixed texts", () => {
  it("cover every key the brief lists", () => {
    for (const key of [
      "greeting", "noInformation", "sourceInOtherLanguage", "blockedInput", "blockedOutput", "handoff",
      "handoffQueued", "error", "streamInterrupted", "csatPrompt", "orderVerify", "orderNotFound",
      "askOrderNumber", "humanJoined", "conversationResolved", "languageName.en", "languageName.zh",
    ]) {
      expect(textKeys).toContain(key);
    }
  });

  it.each(supportedLanguages)("exist in %s for every key, with the same placeholders as English", (language) => {
    const table = textsFor(language);
    expect(Object.keys(table).sort()).toEqual([...textKeys].sort());
    for (const key of textKeys) {
      expect(table[key].trim(), `${language} ${key}`).not.toBe("");
      expect(placeholdersOf(table[key]), `${language} ${key}`).toEqual(placeholdersOf(textsFor("en")[key]));
    }
  });

  it.each(supportedLanguages)("read as %s to the language detector", (language) => {
    for (const key of textKeys) {
      if (key.startsWith("languageName.")) continue;
      const filled = text(key, language, { name: "Ana", position: 3, orderNumber: "NL-100234", language: "x" });
      expect(detectLanguage(filled).language, `${language} ${key}: ${filled}`).toBe(language);
    }
  });

  it("fills placeholders", () => {
    expect(text("handoffQueued", "en", { position: 3 })).toContain("You're number 3 in the queue");
    expect(text("humanJoined", "de", { name: "Jonas" })).toBe("Jonas aus unserem Kundenservice ist dem Gespräch beigetreten.");
    expect(text("orderVerify", "zh", { orderNumber: "NL-100234" })).toContain("查询订单NL-100234前");
    expect(text("sourceInOtherLanguage", "es", { language: languageName("en", "es") })).toBe(
      "Nota: esta respuesta procede de una fuente en inglés.",
    );
  });

  it("leaves a missing variable visible and ignores extra ones", () => {
    expect(text("humanJoined", "en")).toBe("{name} from our support team has joined the conversation.");
    expect(text("greeting", "fr", { name: "Ana" })).toBe(text("greeting", "fr"));
    expect(text("humanJoined", "en", { toString: "x" })).toContain("{name}");
  });

  it("names each language in each language", () => {
    expect(languageName("de", "fr")).toBe("allemand");
    expect(languageName("zh", "zh")).toBe("中文");
    expect(languageName("en", "de")).toBe("Englisch");
  });
});
