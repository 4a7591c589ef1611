import { describe, expect, it } from "vitest";
import { detectHeadings, looksLikeHeading } from "./detect-headings.ts";

const headingsIn = (text: string) => {
  const lines = text.split("\n").map((line) => line.trim());
  const flags = detectHeadings(lines);
  return lines.filter((_, index) => flags[index]);
};

describe("looksLikeHeading", () => {
  it("accepts short capitalised lines without closing punctuation", () => {
    for (const line of ["Returns policy", "Step 2: Delivery", "Étape suivante", "退货政策", "FAQ"]) expect(looksLikeHeading(line)).toBe(true);
  });

  it("rejects sentences, list items, lower-case fragments and long lines", () => {
    for (const line of ["Returns are free.", "- Returns", "1. Sign in", "and then the parcel", "Note:", "A".repeat(90)]) {
      expect(looksLikeHeading(line)).toBe(false);
    }
  });
});

describe("detectHeadings", () => {
  it("takes Markdown headings as given", () => {
    expect(headingsIn("# Title\nText.\n## Part\n### Sub")).toEqual(["# Title", "## Part", "### Sub"]);
  });

  it("finds a short line standing alone before a block", () => {
    expect(headingsIn("Shipping\n\nWe ship everywhere.\n\nThanks for reading")).toEqual(["Shipping"]);
  });

  it("finds headings inside PDF-style text after a finished sentence", () => {
    const text = "Warranty Policy\nEvery product is covered.\nWhat is not covered\nDamage caused by misuse.";
    expect(headingsIn(text)).toEqual(["Warranty Policy", "What is not covered"]);
  });

  it("finds a title and subtitle on consecutive lines", () => {
    expect(headingsIn("Warranty Policy\nOverview\nEvery product is covered.")).toEqual(["Warranty Policy", "Overview"]);
  });

  it("leaves lists of short lines and table rows alone", () => {
    expect(headingsIn("You can return:\nShoes\nShirts\nHats\nAnything else is final.")).toEqual([]);
    expect(headingsIn("Prices below.\nService Time Cost\nStandard 3 days\nExpress 1 day")).toEqual([]);
  });
});
