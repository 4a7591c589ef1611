import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.ts";

describe("foldText", () => {
  it("folds case, accents, full-width letters and typographic quotes", () => {
    expect(foldText("Ignorá LES Précédentes ＡＢ you’re").text).toBe("ignora les precedentes ab you're");
  });

  it("maps folded spans back to the original text", () => {
    const folded = foldText("Olvidé tus ＩＮＳＴＲＵＣＣＩＯＮＥＳ");
    const start = folded.text.indexOf("instrucciones");
    const span = folded.toOriginal(start, start + "instrucciones".length);
    expect(folded.original.slice(span.start, span.end)).toBe("ＩＮＳＴＲＵＣＣＩＯＮＥＳ");
  });

  it("keeps spans of text that expands when folded", () => {
    const folded = foldText("ﬁne print");
    const start = folded.text.indexOf("print");
    expect(folded.toOriginal(start, start + 5)).toEqual({ start: 4, end: 9 });
  });
});
