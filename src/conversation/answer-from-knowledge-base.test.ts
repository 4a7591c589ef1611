import { describe, expect, it } from "vitest";
import { openingSentences } from "./answer-from-knowledge-base.ts";

describe("openingSentences", () => {
  it("keeps at most three whole sentences and drops a leading heading", () => {
    const passage = "## Returns\nYou can return items within 30 days. Refunds take 5 days. Labels are free. Gift cards cannot be returned.";
    expect(openingSentences(passage)).toBe("You can return items within 30 days. Refunds take 5 days. Labels are free.");
  });

  it("stops before a sentence that would make the excerpt too long", () => {
    const long = `${"word ".repeat(130).trim()}.`;
    expect(openingSentences(`Short first sentence. ${long} Third.`)).toBe("Short first sentence.");
  });

  it("splits Chinese sentences", () => {
    expect(openingSentences("礼品卡有效期为三年。可以在线使用。不能兑换现金。还有第四句。")).toBe("礼品卡有效期为三年。可以在线使用。不能兑换现金。");
  });
});
