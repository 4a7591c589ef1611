import { describe, expect, it } from "vitest";
import { countWords } from "./count-words.ts";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["ok thanks", 2],
    ["  where is   my order NL-100234? ", 5],
    ["j'ai été débité deux fois", 5],
    ["退货要多久", 3],
    ["我的order还没到", 4],
    ["!!! ???", 0],
  ])("%j has %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
