import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.ts";

describe("foldText", () => {
  it("folds case, accents, ß, full-width letters and typographic quotes", () => {
    expect(foldText("Ignorá LES Précédentes ＡＢ you’re").text).toBe("ignora les precedentes ab you're");
    expect(foldText("Ich MÖCHTE Straße！ don’t").text).toBe("ich mochte strasse! don't");
    expect(foldText("退款，谢谢").text).toBe("退款,谢谢");
  });

  it("maps folded spans back to the original text", () => {
    const folded = foldText("Olvidé tus ＩＮＳＴＲＵＣＣＩＯＮＥＳ");
    const start = folded.text.indexOf("instrucciones");
    const span = folded.toOriginal(start, start + "instrucciones".length);
    expect(folded.original.slice(span.start, span.end)).toBe("ＩＮＳＴＲＵＣＣＩＯＮＥＳ");
  });

  it("gives the original text behind a span, also where folding changed its length", () => {
    const folded = foldText("Je suis très déçu, Straße");
    const start = folded.text.indexOf("tres decu");
    expect(folded.originalSpan(start, start + "tres decu".length)).toBe("très déçu");
    const street = folded.text.indexOf("strasse");
    expect(folded.originalSpan(street, street + 7)).toBe("Straße");
  });

  it("keeps spans of text that expands when folded", () => {
    const folded = foldText("ﬁne print");
    const start = folded.text.indexOf("print");
    expect(folded.toOriginal(start, start + 5)).toEqual({ start: 4, end: 9 });
  });
});
