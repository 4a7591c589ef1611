import { describe, expect, it } from "vitest";
import { splitForStreaming } from "./split-for-streaming.ts";

describe("splitForStreaming", () => {
  it("cuts after each sentence and loses no character", () => {
    const text = "Returns are free within 30 days [1]. Refunds take 5 days.\n\n- Keep the label.\n退货免费。请保留标签";
    const pieces = splitForStreaming(text);
    expect(pieces.join("")).toBe(text);
    expect(pieces).toEqual(["Returns are free within 30 days [1]. ", "Refunds take 5 days.\n\n", "- Keep the label.\n", "退货免费。", "请保留标签"]);
  });

  it("keeps a text without a sentence end whole, and yields nothing for an empty text", () => {
    expect(splitForStreaming("Version 3.5 ships today")).toEqual(["Version 3.5 ships today"]);
    expect(splitForStreaming("")).toEqual([]);
  });
});
