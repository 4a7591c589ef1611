import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.ts";

describe("foldText", () => {
  it("folds case, accents, ß, full-width punctuation and apostrophes", () => {
    expect(foldText("Ich MÖCHTE Straße！ don’t").text).toBe("ich mochte strasse! don't");
    expect(foldText("退款，谢谢").text).toBe("退款,谢谢");
  });

  it("maps a folded span back to the original text", () => {
    const folded = foldText("Je suis très déçu, Straße");
    const start = folded.text.indexOf("tres decu");
    expect(folded.originalSpan(start, start + "tres decu".length)).toBe("très déçu");
    const street = folded.text.indexOf("strasse");
    expect(folded.originalSpan(street, street + 7)).toBe("Straße");
  });
});
