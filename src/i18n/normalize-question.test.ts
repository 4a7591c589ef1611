import { describe, expect, it } from "vitest";
import { normalizeQuestion } from "./normalize-question.ts";

describe("normalizeQuestion", () => {
  it("folds case, whitespace and punctuation", () => {
    expect(normalizeQuestion("  How much is SHIPPING??  ")).toBe("how much is shipping");
    expect(normalizeQuestion("how much\tis shipping")).toBe("how much is shipping");
    expect(normalizeQuestion("How much is shipping…!")).toBe("how much is shipping");
  });

  it("folds accents, typographic apostrophes and full-width forms", () => {
    expect(normalizeQuestion("¿Cuánto cuesta el envío?")).toBe(normalizeQuestion("cuanto cuesta el envio"));
    expect(normalizeQuestion("Don’t you ship to Hawaii?")).toBe(normalizeQuestion("dont you ship to hawaii"));
    expect(normalizeQuestion("运费是多少？")).toBe(normalizeQuestion("运费是多少?"));
  });

  it("keeps digits and words that change the question", () => {
    expect(normalizeQuestion("Can I return after 30 days?")).not.toBe(normalizeQuestion("Can I return after 45 days?"));
    expect(normalizeQuestion("How much is overnight shipping?")).not.toBe(normalizeQuestion("How much is standard shipping?"));
  });

  it("groups the same question however it was typed, in any script", () => {
    expect(normalizeQuestion("  Do you ship to   Norway?? ")).toBe("do you ship to norway");
    expect(normalizeQuestion("Können Sie nach Österreich liefern?")).toBe("konnen sie nach osterreich liefern");
    expect(normalizeQuestion("你们发货到挪威吗？")).toBe("你们发货到挪威吗");
  });
});
