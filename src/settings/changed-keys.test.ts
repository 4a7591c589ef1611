import { describe, expect, it } from "vitest";
import { changedKeys } from "./changed-keys.ts";

describe("changedKeys", () => {
  it("names the top-level keys added, removed or changed, deeply compared", () => {
    expect(changedKeys({ a: 1, b: { c: [1, 2] }, d: "x" }, { a: 1, b: { c: [1, 3] }, e: true })).toEqual(["b", "d", "e"]);
  });
  it("finds nothing for equal documents", () => {
    expect(changedKeys({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
  it("treats a non-object document as one root value", () => {
    expect(changedKeys("plain", { a: 1 })).toEqual(["(root)", "a"]);
    expect(changedKeys(undefined, { a: 1 })).toEqual(["a"]);
  });
});
