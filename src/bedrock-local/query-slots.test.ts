import { describe, expect, it } from "vitest";
import { passageFeatures, slotMatch } from "./passage-features.ts";
import { querySlots } from "./query-slots.ts";

function keys(question: string): string[] {
  return querySlots(question).map((slot) => slot.key);
}

describe("querySlots", () => {
  it("drops function words and keeps content words as stems", () => {
    expect(keys("Can I get the tracking number for my parcel, please?")).toEqual(expect.arrayContaining(["track", "numbe", "parce"]));
    expect(keys("Can I get the tracking number for my parcel, please?")).not.toContain("pleas");
  });

  it("reads phrases, with gaps, as one concept", () => {
    const [slot] = querySlots("send the stuff back");
    expect(slot?.concepts).toEqual(["return"]);
    expect(querySlots("how long does it take").map((candidate) => candidate.concepts)).toContainEqual(["duration"]);
  });

  it("counts several words for one concept once", () => {
    const durations = querySlots("Wie lange dauert es?").filter((slot) => slot.concepts.includes("duration"));
    expect(durations).toHaveLength(1);
  });

  it("marks scene-setting sentences as context and numbers each asking sentence", () => {
    const slots = querySlots("I bought a fleece two weeks ago. Can I return it? How much does shipping cost");
    expect(slots.find((slot) => slot.key === "fleec")?.context).toBe(true);
    expect(slots.find((slot) => slot.concepts.includes("return"))?.ask).toBe(0);
    expect(slots.find((slot) => slot.concepts.includes("shipping"))?.ask).toBe(1);
  });

  it("pairs words written next to each other", () => {
    const address = querySlots("Can I change my delivery address?").find((slot) => slot.key === "addre");
    expect(address?.partners).toEqual(["deliv"]);
  });

  it("keeps figures, including measures and single digits", () => {
    expect(querySlots("chest is 100cm").find((slot) => slot.kind === "number")?.value).toBe(100);
    expect(querySlots("US size 9").find((slot) => slot.kind === "number")?.value).toBe(9);
  });

  it("splits Chinese into concepts and characters, without grammar characters", () => {
    const slots = querySlots("我可以退货吗？退货需要多久");
    expect(slots.map((slot) => slot.key)).toEqual(["可以", "退货", "多久"]);
    expect(slots[0]?.tieBreaker).toBe(true);
    const characters = querySlots("寄到上海").filter((slot) => slot.kind === "cjk");
    expect(characters.every((slot) => slot.importance === 0.5)).toBe(true);
  });
});

describe("slotMatch", () => {
  it("matches literally, through a concept, or inside a range", () => {
    const [refund] = querySlots("refund");
    expect(refund && slotMatch(refund, passageFeatures("Refunds take five days."))).toBe("literal");
    expect(refund && slotMatch(refund, passageFeatures("El reembolso tarda cinco días."))).toBe("concept");
    const chest = querySlots("100 cm").find((slot) => slot.kind === "number");
    expect(chest && slotMatch(chest, passageFeatures("M 96–104 38–41"))).toBe("concept");
    expect(chest && slotMatch(chest, passageFeatures("L 104–112 41–44"))).toBeUndefined();
  });

  it("matches a Chinese character only together with its neighbour", () => {
    const slots = querySlots("申请退款");
    const apply = slots.find((slot) => slot.key.startsWith("申"));
    expect(apply && slotMatch(apply, passageFeatures("您可以在线申请。"))).toBe("literal");
    expect(apply && slotMatch(apply, passageFeatures("申报关税。"))).toBeUndefined();
  });
});
