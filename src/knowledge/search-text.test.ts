import { describe, expect, it } from "vitest";
import { searchConfigFor, toOrQuery, toSearchText } from "./search-text.ts";

describe("search text", () => {
  it("maps languages to Postgres configurations", () => {
    expect(searchConfigFor("de")).toBe("german");
    expect(searchConfigFor("zh")).toBe("simple");
    expect(searchConfigFor(undefined)).toBe("simple");
  });

  it("segments Chinese into words", () => {
    const segmented = toSearchText("退货政策是什么");
    expect(segmented.split(" ").length).toBeGreaterThan(1);
    expect(segmented.replace(/ /g, "")).toBe("退货政策是什么");
  });

  it("leaves Latin text alone", () => {
    expect(toSearchText("Return policy")).toBe("Return policy");
  });

  it("builds a safe OR query", () => {
    expect(toOrQuery("What's the return-policy? (EU) & more!")).toBe("what | the | return | policy | eu | more");
    expect(toOrQuery("!!! ???")).toBe("");
  });
});
