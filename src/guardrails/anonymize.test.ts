import { describe, expect, it } from "vitest";
import { anonymize } from "./anonymize.ts";
import type { Finding } from "./types.ts";

const finding = (type: string, start: number, end: number, action: Finding["action"] = "ANONYMIZED"): Finding => ({
  type,
  category: "PII",
  start,
  end,
  score: 1,
  action,
});

describe("anonymize", () => {
  it("replaces anonymized spans with Bedrock-style placeholders", () => {
    const text = "mail a@b.co or call 612345678";
    expect(anonymize(text, [finding("PHONE", 20, 29), finding("EMAIL", 5, 11)])).toBe("mail {EMAIL} or call {PHONE}");
  });

  it("leaves spans with other actions untouched and merges overlaps", () => {
    expect(anonymize("abcdef", [finding("X", 0, 2, "NONE"), finding("A", 1, 4), finding("B", 3, 5)])).toBe("a{A}f");
  });
});
