import { describe, expect, it } from "vitest";
import { mentionsReference } from "./mentions-reference.ts";

describe("mentionsReference", () => {
  it("finds order, tracking and account identifiers in any language", () => {
    expect(mentionsReference("Where is my order NL-100234?")).toBe(true);
    expect(mentionsReference("wo ist bestellung #10023")).toBe(true);
    expect(mentionsReference("订单NL-100234还没到")).toBe(true);
    expect(mentionsReference("tracking 1Z999AA10123456784 shows nothing")).toBe(true);
    expect(mentionsReference("my order 4412993 never came")).toBe(true);
    expect(mentionsReference("code A1B2C3 does not work")).toBe(true);
  });

  it("leaves amounts, durations, dates and units alone", () => {
    expect(mentionsReference("Can I return after 30 days?")).toBe(false);
    expect(mentionsReference("is the label 5.95 or $9.99")).toBe(false);
    expect(mentionsReference("it arrived on 2024-05-01, or 12/05")).toBe(false);
    expect(mentionsReference("the 2nd jacket weighs 10kg, 24h delivery")).toBe(false);
    expect(mentionsReference("How much is overnight shipping")).toBe(false);
    expect(mentionsReference("退货要多少天？30天吗")).toBe(false);
  });
});
