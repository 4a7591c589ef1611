import { describe, expect, it } from "vitest";
import { recognizeCardNumbers } from "./recognize-card-numbers.ts";

const found = (text: string) => recognizeCardNumbers(text).map((detection) => text.slice(detection.start, detection.end));

describe("recognizeCardNumbers", () => {
  it("finds Luhn-valid card numbers with spaces, dashes or none", () => {
    expect(found("card 4111 1111 1111 1111 please")).toEqual(["4111 1111 1111 1111"]);
    expect(found("5555-5555-5555-4444")).toEqual(["5555-5555-5555-4444"]);
    expect(found("我的卡号是6200000000000005")).toEqual(["6200000000000005"]);
    expect(found("amex 3782 822463 10005")).toEqual(["3782 822463 10005"]);
  });

  it("ignores order and tracking numbers", () => {
    expect(found("Order NL-100234, tracking 1Z999AA10123456784, JD014600006281234567")).toEqual([]);
    expect(found("USPS 9400 1000 0000 0000 0000 00")).toEqual([]);
  });

  it("ignores Luhn-valid numbers outside card ranges or after an order cue", () => {
    expect(found("Reference 1002345678901237")).toEqual([]);
    expect(found("Order #4800123456789019 was charged twice")).toEqual([]);
  });

  it("needs the Luhn check to pass", () => {
    expect(found("card 4111 1111 1111 1112")).toEqual([]);
  });

  it("scores a known network next to a card word highest", () => {
    const [detection] = recognizeCardNumbers("my visa card 4111111111111111");
    expect(detection.score).toBe(1);
  });
});
