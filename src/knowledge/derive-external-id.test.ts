import { describe, expect, it } from "vitest";
import { peekFrontMatter, slugFromFilename } from "./derive-external-id.ts";

describe("peekFrontMatter", () => {
  it("reads id and title", () => {
    expect(peekFrontMatter("---\nid: returns-eu\ntitle: Returns (EU)\nlang: en\n---\n# Body")).toEqual({ id: "returns-eu", title: "Returns (EU)" });
  });

  it("ignores documents without front matter or with broken YAML", () => {
    expect(peekFrontMatter("# Just a heading")).toEqual({});
    expect(peekFrontMatter("---\nid: [unclosed\n---\n")).toEqual({});
  });
});

describe("slugFromFilename", () => {
  it("makes kebab-case ids from file names", () => {
    expect(slugFromFilename("docs/Returns Policy (EU).md")).toBe("returns-policy-eu");
    expect(slugFromFilename("Rückgabe_Richtlinie.pdf")).toBe("ruckgabe-richtlinie");
    expect(slugFromFilename("退货政策.md")).toBe("退货政策");
    expect(slugFromFilename("....")).toBeUndefined();
  });
});
