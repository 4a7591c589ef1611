import { describe, expect, it } from "vitest";
import { estimateTokens } from "./estimate-tokens.ts";
import { createTokenCounter } from "./token-counter.ts";

describe("estimateTokens", () => {
  it("counts about four Latin characters per token", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("a")).toBe(1);
    expect(estimateTokens("abcd")).toBe(1);
    expect(estimateTokens("abcde")).toBe(2);
    // 100 English words of about five characters come to roughly 133 tokens, the usual rule of thumb.
    expect(estimateTokens("words ".repeat(100))).toBe(150);
  });

  it("counts one token per CJK character", () => {
    expect(estimateTokens("退货政策")).toBe(4);
    expect(estimateTokens("返品はこちら")).toBe(6);
    expect(estimateTokens("환불 정책")).toBe(5);
    expect(estimateTokens("退货，退款。")).toBe(6);
  });

  it("mixes both and counts an astral character once", () => {
    expect(estimateTokens("Order 订单 12")).toBe(5);
    expect(estimateTokens("𠀀𠀁")).toBe(2);
  });
});

describe("createTokenCounter", () => {
  it("agrees with estimateTokens on every span", () => {
    const text = "Returns 退货 policy: 30 days. 𠀀 ok!";
    const count = createTokenCounter(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(count(start, end)).toBe(estimateTokens(text.slice(start, end)));
      }
    }
  });
});
