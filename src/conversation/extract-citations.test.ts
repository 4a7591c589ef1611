import { describe, expect, it } from "vitest";
import type { SearchResult } from "../knowledge/hybrid-search.ts";
import { extractCitations } from "./extract-citations.ts";

const source = (id: string): SearchResult => ({
  chunkId: `chunk-${id}`,
  parentId: `parent-${id}`,
  documentId: `document-${id}`,
  externalId: id,
  title: `Title ${id}`,
  lang: "en",
  category: null,
  region: null,
  text: "",
  parentText: "",
  score: 0.5,
});

describe("extractCitations", () => {
  it("maps markers to sources in order of first use, once each", () => {
    const citations = extractCitations("Returns take 14 days [2]. Refunds go to the card [1][2].", [source("a"), source("b")]);
    expect(citations.map((citation) => [citation.index, citation.externalId])).toEqual([
      [2, "b"],
      [1, "a"],
    ]);
    expect(citations[0]).toMatchObject({ documentId: "document-b", chunkId: "chunk-b", url: "/kb/document-b" });
  });

  it("ignores markers without a source", () => {
    expect(extractCitations("See [3] and [0].", [source("a")])).toEqual([]);
  });

  it("returns nothing for an answer without markers", () => {
    expect(extractCitations("I don't have that information.", [source("a")])).toEqual([]);
  });
});
