import { describe, expect, it } from "vitest";
import { ibanLength, isIbanChecksumValid } from "./iban-checksum.ts";

describe("isIbanChecksumValid", () => {
  it("accepts valid IBANs of several countries, in any case", () => {
    for (const iban of ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "be68539007547034"]) {
      expect(isIbanChecksumValid(iban)).toBe(true);
    }
  });

  it("rejects a wrong check digit, a wrong length and unknown countries", () => {
    expect(isIbanChecksumValid("DE88370400440532013000")).toBe(false);
    expect(isIbanChecksumValid("DE8937040044053201300")).toBe(false);
    expect(isIbanChecksumValid("ZZ89370400440532013000")).toBe(false);
  });

  it("knows registry lengths", () => {
    expect(ibanLength("NO")).toBe(15);
    expect(ibanLength("us")).toBeUndefined();
  });
});
