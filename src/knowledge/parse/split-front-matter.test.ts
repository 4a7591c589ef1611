import { describe, expect, it } from "vitest";
import { DocumentParseError } from "./document-parse-error.ts";
import { splitFrontMatter } from "./split-front-matter.ts";

describe("splitFrontMatter", () => {
  it("separates a YAML block from the body", () => {
    expect(splitFrontMatter("---\ntitle: Hi\ncount: 2\n---\nBody")).toEqual({ data: { title: "Hi", count: 2 }, body: "Body" });
    expect(splitFrontMatter("---\r\nid: x\r\n...\r\nBody")).toEqual({ data: { id: "x" }, body: "Body" });
  });

  it("leaves text without front matter alone", () => {
    expect(splitFrontMatter("Body\n---\nMore")).toEqual({ data: {}, body: "Body\n---\nMore" });
    expect(splitFrontMatter("---\nJust a ruled paragraph.\n---\nMore")).toEqual({
      data: {},
      body: "---\nJust a ruled paragraph.\n---\nMore",
    });
  });

  it("reports broken YAML instead of indexing it", () => {
    expect(() => splitFrontMatter("---\ntitle: [unclosed\n---\nBody")).toThrowError(DocumentParseError);
    expect(() => splitFrontMatter("---\ntitle: [unclosed\n---\nBody")).toThrow(/^Markdown front matter is not valid YAML: /);
  });
});
