import { describe, expect, it } from "vitest";
import { embedText } from "./local-embedder.ts";

function cosine(left: number[], right: number[]): number {
  return left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
}

describe("embedText", () => {
  it("is deterministic and has the requested dimensions", () => {
    expect(embedText("Where is my parcel?", 256)).toEqual(embedText("Where is my parcel?", 256));
    expect(embedText("Where is my parcel?", 256)).toHaveLength(256);
    expect(embedText("Where is my parcel?", 1024)).toHaveLength(1024);
  });

  it("is L2-normalized unless asked otherwise", () => {
    expect(Math.hypot(...embedText("Refunds take five days.", 512))).toBeCloseTo(1, 9);
    expect(Math.hypot(...embedText("Refunds take five days.", 512, false))).toBeGreaterThan(1.5);
  });

  it("ignores case, width and accents of Latin text", () => {
    expect(embedText("Devolución", 256)).toEqual(embedText("devolucion", 256));
    expect(embedText("ＲＥＴＵＲＮ", 256)).toEqual(embedText("return", 256));
  });

  it("puts texts that share words and word pieces closer than unrelated ones", () => {
    const query = embedText("How long does shipping take?", 1024);
    expect(cosine(query, embedText("Shipping takes 3–5 business days.", 1024))).toBeGreaterThan(
      cosine(query, embedText("Reset your password from the sign-in page.", 1024)) + 0.1,
    );
  });

  it("works at the character level for Chinese", () => {
    const query = embedText("退货需要多久？", 512);
    expect(cosine(query, embedText("您可以在收货后30天内退货。", 512))).toBeGreaterThan(cosine(query, embedText("我们接受信用卡付款。", 512)));
  });

  it("lets help-desk concepts meet across languages", () => {
    const query = embedText("reembolso", 1024);
    expect(cosine(query, embedText("refund", 1024))).toBeGreaterThan(cosine(query, embedText("password", 1024)) + 0.2);
  });
});
