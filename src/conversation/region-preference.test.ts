import { describe, expect, it } from "vitest";
import { preferredRegions } from "./region-preference.ts";

describe("preferredRegions", () => {
  it("maps EU countries to the eu region after the country itself", () => {
    expect(preferredRegions("de")).toEqual(["de", "eu", "global"]);
  });

  it("maps the US", () => {
    expect(preferredRegions("US")).toEqual(["us", "global"]);
  });

  it("falls back to global", () => {
    expect(preferredRegions(undefined)).toEqual(["global"]);
    expect(preferredRegions("JP")).toEqual(["jp", "global"]);
  });
});
