import { describe, expect, it } from "vitest";
import { stripCodes } from "./strip-codes.ts";

describe("stripCodes", () => {
  it("drops order numbers, model numbers, URLs and e-mail addresses", () => {
    expect(stripCodes("mi pedido NL-100234 no ha llegado")).toBe("mi pedido no ha llegado");
    expect(stripCodes("ist das Galaxy S24 lieferbar? #55120")).toBe("ist das Galaxy lieferbar?");
    expect(stripCodes("see https://shop.example/x and mail a@b.example")).toBe("see and mail");
  });

  it("cuts a code out of Chinese text without taking the Chinese with it", () => {
    expect(stripCodes("我的订单NL-100234还没到")).toBe("我的订单 还没到");
    expect(stripCodes("iPhone 15有现货吗")).toBe("iPhone 有现货吗");
  });

  it("leaves plain text alone", () => {
    expect(stripCodes("wo ist meine Bestellung")).toBe("wo ist meine Bestellung");
  });
});
