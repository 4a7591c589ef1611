import { describe, expect, it } from "vitest";
import { isLuhnValid } from "./luhn.ts";

describe("isLuhnValid", () => {
  it("accepts well-known test card numbers", () => {
    for (const digits of ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117"]) {
      expect(isLuhnValid(digits)).toBe(true);
    }
  });

  it("rejects a single changed digit and non-digits", () => {
    expect(isLuhnValid("4111111111111112")).toBe(false);
    expect(isLuhnValid("4111 1111 1111 1111")).toBe(false);
    expect(isLuhnValid("")).toBe(false);
  });
});
