import { describe, expect, it } from "vitest";
import { detectDocumentLanguage } from "./detect-document-language.ts";

describe("detectDocumentLanguage", () => {
  it("detects the languages Switchboard localizes", () => {
    expect(detectDocumentLanguage("Items can be returned within thirty days of delivery for a full refund.")).toBe("en");
    expect(detectDocumentLanguage("Les articles peuvent être retournés dans les trente jours suivant la livraison.")).toBe("fr");
    expect(detectDocumentLanguage("Artikel können innerhalb von dreißig Tagen nach der Lieferung zurückgegeben werden.")).toBe("de");
    expect(detectDocumentLanguage("收到商品后三十天内可以退货。")).toBe("zh");
  });

  it("does not guess on very short text", () => {
    expect(detectDocumentLanguage("Hello")).toBeUndefined();
    expect(detectDocumentLanguage("12345 !!!")).toBeUndefined();
  });
});
