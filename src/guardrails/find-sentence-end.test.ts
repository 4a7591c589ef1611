import { describe, expect, it } from "vitest";
import { findSafeCut, findSentenceEnd } from "./find-sentence-end.ts";

describe("findSentenceEnd", () => {
  it("ends Latin sentences at punctuation followed by whitespace", () => {
    expect(findSentenceEnd("Hello there. How")).toBe(13);
    expect(findSentenceEnd('He said "yes." Then')).toBe(15);
    expect(findSentenceEnd("Costs 3.50 at example.com")).toBeUndefined();
    expect(findSentenceEnd("Done.")).toBeUndefined();
  });

  it("ends CJK sentences and lines at once", () => {
    expect(findSentenceEnd("好的。然后")).toBe(3);
    expect(findSentenceEnd("line one\nline two")).toBe(9);
  });
});

describe("findSafeCut", () => {
  it("cuts between words, never inside a number", () => {
    const text = "pay with card 4111 1111 1111 1111 and more words";
    expect(text.slice(0, findSafeCut(text, 30))).toBe("pay with ");
    expect(findSafeCut("IBAN GB82 WEST 1234 5698 7654 32", 20)).toBeUndefined();
  });
});
