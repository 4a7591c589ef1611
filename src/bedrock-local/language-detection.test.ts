import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language-detection.ts";

describe("detectLanguage", () => {
  it.each([
    ["How long does shipping take?", "en"],
    ["¿Cuánto tarda el envío?", "es"],
    ["Combien de temps pour la livraison ?", "fr"],
    ["Wie lange dauert der Versand?", "de"],
    ["退货需要多久？", "zh"],
    ["hola", "es"],
    ["merci", "fr"],
    ["danke", "de"],
    ["Rückgabe", "de"],
  ])("%s → %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("gives up on text it cannot place", () => {
    expect(detectLanguage("")).toBeUndefined();
    expect(detectLanguage("12345")).toBeUndefined();
    expect(detectLanguage("ありがとうございます")).toBeUndefined();
  });
});

