import { describe, expect, it } from "vitest";
import { normalizeQuestion } from "./normalize-question.ts";

describe("normalizeQuestion", () => {
  it("folds case, accents, punctuation and spacing", () => {
    expect(normalizeQuestion("  Do you ship to   Norway?? ")).toBe("do you ship to norway");
    expect(normalizeQuestion("do you ship to norway")).toBe("do you ship to norway");
    expect(normalizeQuestion("Können Sie nach Österreich liefern?")).toBe("konnen sie nach osterreich liefern");
  });

  it("keeps non-Latin scripts and folds full-width punctuation", () => {
    expect(normalizeQuestion("你们发货到挪威吗？")).toBe("你们发货到挪威吗");
  });

  it("keeps different questions apart", () => {
    expect(normalizeQuestion("Do you ship to Norway?")).not.toBe(normalizeQuestion("Do you ship to Sweden?"));
  });
});
