import { describe, expect, it } from "vitest";
import { prepareSystemBlocks } from "./prepare-system-blocks.ts";

const cachePoint = { cachePoint: { type: "default" as const } };

describe("prepareSystemBlocks", () => {
  it("puts a cache point after the first block by default", () => {
    expect(prepareSystemBlocks([{ text: "rules" }, { text: "sources" }], { promptCaching: true })).toEqual([{ text: "rules" }, cachePoint, { text: "sources" }]);
  });

  it("puts it after the blocks the request marks static", () => {
    expect(prepareSystemBlocks([{ text: "a" }, { text: "b" }, { text: "c" }], { promptCaching: true, staticBlocks: 2 })).toEqual([{ text: "a" }, { text: "b" }, cachePoint, { text: "c" }]);
  });

  it("keeps a cache point the caller placed", () => {
    const system = [{ text: "a" }, cachePoint, { text: "b" }];
    expect(prepareSystemBlocks(system, { promptCaching: true, staticBlocks: 2 })).toBe(system);
  });

  it("removes cache points for models without prompt caching", () => {
    expect(prepareSystemBlocks([{ text: "a" }, cachePoint, { text: "b" }], { promptCaching: false })).toEqual([{ text: "a" }, { text: "b" }]);
  });
});
