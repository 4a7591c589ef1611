import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";
import { normalizeLanguage } from "./normalize-language.ts";

describe("normalizeLanguage", () => {
  it("reduces tags to their primary code", () => {
    expect(normalizeLanguage("EN")).toBe("en");
    expect(normalizeLanguage("en-US")).toBe("en");
    expect(normalizeLanguage("zh-CN")).toBe("zh");
    expect(normalizeLanguage("zh_Hans")).toBe("zh");
    expect(normalizeLanguage("zh-Hant-TW")).toBe("zh");
    expect(normalizeLanguage("es-419")).toBe("es");
    expect(normalizeLanguage("it")).toBe("it");
  });

  it("understands language names and three-letter codes", () => {
    expect(normalizeLanguage("Deutsch")).toBe("de");
    expect(normalizeLanguage("French")).toBe("fr");
    expect(normalizeLanguage("中文")).toBe("zh");
    expect(normalizeLanguage("spa")).toBe("es");
  });

  it("returns undefined for anything else", () => {
    expect(normalizeLanguage(undefined)).toBeUndefined();
    expect(normalizeLanguage("  ")).toBeUndefined();
    expect(normalizeLanguage("not a language")).toBeUndefined();
  });
});

describe("detectLanguage", () => {
  it("detects the languages Switchboard localizes", () => {
    expect(detectLanguage("Items can be returned within thirty days of delivery for a full refund.")).toBe("en");
    expect(detectLanguage("Les articles peuvent être retournés dans les trente jours suivant la livraison.")).toBe("fr");
    expect(detectLanguage("Artikel können innerhalb von dreißig Tagen nach der Lieferung zurückgegeben werden.")).toBe("de");
    expect(detectLanguage("收到商品后三十天内可以退货。")).toBe("zh");
  });

  it("does not guess on very short text", () => {
    expect(detectLanguage("Hello")).toBeUndefined();
    expect(detectLanguage("12345 !!!")).toBeUndefined();
  });
});
