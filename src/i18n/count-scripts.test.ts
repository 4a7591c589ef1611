import { describe, expect, it } from "vitest";
import { countScripts } from "./count-scripts.ts";

describe("countScripts", () => {
  it("counts letters by writing system and ignores digits and punctuation", () => {
    expect(countScripts("我的order还没到!! 123")).toEqual({ han: 5, otherCjk: 0, latin: 5, other: 0 });
    expect(countScripts("注文はどこ")).toEqual({ han: 2, otherCjk: 3, latin: 0, other: 0 });
    expect(countScripts("Привет ok")).toEqual({ han: 0, otherCjk: 0, latin: 2, other: 6 });
    expect(countScripts("Größe")).toEqual({ han: 0, otherCjk: 0, latin: 5, other: 0 });
  });
});
