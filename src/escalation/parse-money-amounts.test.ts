import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "./parse-chinese-number.ts";
import { parseLocaleNumber } from "./parse-locale-number.ts";
import { parseMoneyAmounts, toUsd } from "./parse-money-amounts.ts";

describe("parseLocaleNumber", () => {
  it.each([
    ["600", 600],
    ["600,50", 600.5],
    ["600.5", 600.5],
    ["1.200", 1200],
    ["1,200", 1200],
    ["1,200.50", 1200.5],
    ["1.200,50", 1200.5],
    ["1 200", 1200],
    ["12.345.678", 12345678],
    ["1'200", 1200],
  ])("%s → %d", (written, value) => {
    expect(parseLocaleNumber(written)).toBe(value);
  });
});

describe("parseChineseNumber", () => {
  it.each([
    ["四千", 4000],
    ["两千", 2000],
    ["四千五百", 4500],
    ["四千五", 4500],
    ["一万二千", 12000],
    ["十五", 15],
    ["三百", 300],
    ["万", 10000],
  ])("%s → %d", (written, value) => {
    expect(parseChineseNumber(written)).toBe(value);
  });
});

describe("parseMoneyAmounts", () => {
  it.each([
    ["I paid $600 for it", 600, "USD"],
    ["it was 600 USD", 600, "USD"],
    ["le montant était de 600,50 €", 600.5, "EUR"],
    ["pagué 1.200 € por el portátil", 1200, "EUR"],
    ["请退还¥4000", 4000, "CNY"],
    ["花了4000元", 4000, "CNY"],
    ["花了两千块", 2000, "CNY"],
    ["花了1.2万元", 12000, "CNY"],
    ["£300 please", 300, "GBP"],
    ["899 Euro für den Fernseher", 899, "EUR"],
    ["€1,299.99", 1299.99, "EUR"],
    ["about $1.5k", 1500, "USD"],
    ["300 dollars", 300, "USD"],
    ["US$ 75", 75, "USD"],
    ["4,99€ Versand", 4.99, "EUR"],
  ])("%s", (text, amount, currency) => {
    expect(parseMoneyAmounts(text)).toEqual([expect.objectContaining({ amount, currency })]);
  });

  it("keeps several amounts in order and quotes them", () => {
    expect(parseMoneyAmounts("the $25 case and the $1,299 TV")).toEqual([
      { amount: 25, currency: "USD", written: "$25" },
      { amount: 1299, currency: "USD", written: "$1,299" },
    ]);
  });

  it.each(["order NL-100812", "I bought 3 of them", "C$500 in Canada", "model X200 costs a lot", "call 600 500 400"])(
    "finds no money in %j",
    (text) => {
      expect(parseMoneyAmounts(text)).toEqual([]);
    },
  );
});

describe("toUsd", () => {
  const rates = { EUR: 1.08, GBP: 1.27, CNY: 0.14, USD: 1 };
  it("converts by the rates and gives up on unknown currencies", () => {
    expect(toUsd({ amount: 1000, currency: "EUR" }, rates)).toBeCloseTo(1080);
    expect(toUsd({ amount: 4000, currency: "cny" }, rates)).toBeCloseTo(560);
    expect(toUsd({ amount: 100, currency: "JPY" }, rates)).toBeUndefined();
  });
});
