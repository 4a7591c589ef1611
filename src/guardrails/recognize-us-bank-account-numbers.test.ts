import { describe, expect, it } from "vitest";
import { isAbaRoutingNumber } from "./aba-routing-number.ts";
import { recognizeUsBankAccountNumbers } from "./recognize-us-bank-account-numbers.ts";

const found = (text: string) =>
  recognizeUsBankAccountNumbers(text).map((detection) => text.slice(detection.start, detection.end));

describe("recognizeUsBankAccountNumbers", () => {
  it("finds numbers after a bank account keyword in several languages", () => {
    expect(found("My bank account number is 000123456789 and routing 021000021")).toEqual(["000123456789", "021000021"]);
    expect(found("Meine Kontonummer lautet 1234567890.")).toEqual(["1234567890"]);
    expect(found("我的银行账号是 6222020200112233。")).toEqual(["6222020200112233"]);
  });

  it("treats a plain 'account number' as the shop account unless a bank is mentioned", () => {
    expect(found("my account number is 448812 and I can't log in")).toEqual([]);
    expect(found("wire it to my account number 44881234 at Chase Bank")).toEqual(["44881234"]);
  });

  it("ignores digits far from any keyword", () => {
    expect(found("My bank account was charged. Order 12345678 is late.")).toEqual([]);
  });

  it("validates ABA routing numbers", () => {
    expect(isAbaRoutingNumber("021000021")).toBe(true);
    expect(isAbaRoutingNumber("123456789")).toBe(false);
  });
});
