import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.ts";

const sentences = (text: string) => splitSentences(text, { start: 0, end: text.length }).map(({ start, end }) => text.slice(start, end));

describe("splitSentences", () => {
  it("splits Latin text after . ! ? and keeps closing quotes", () => {
    expect(sentences('Hello there. Is it "done?" Yes!  Done')).toEqual(["Hello there.", 'Is it "done?"', "Yes!", "Done"]);
  });

  it("does not split numbers, initials or common abbreviations", () => {
    expect(sentences("Pay 3.50 euros, e.g. by card. Ask Dr. Smith or J. Doe. See order No. 5 now. The answer is no. Fine.")).toEqual([
      "Pay 3.50 euros, e.g. by card.",
      "Ask Dr. Smith or J. Doe.",
      "See order No. 5 now.",
      "The answer is no.",
      "Fine.",
    ]);
  });

  it("splits CJK text after 。！？ without needing a space", () => {
    expect(sentences("收到商品后可以退货。退款很快！真的吗？好")).toEqual(["收到商品后可以退货。", "退款很快！", "真的吗？", "好"]);
  });

  it("works on a span inside a larger text", () => {
    const text = "xx One. Two. yy";
    expect(splitSentences(text, { start: 3, end: 12 })).toEqual([
      { start: 3, end: 7 },
      { start: 8, end: 12 },
    ]);
  });
});
