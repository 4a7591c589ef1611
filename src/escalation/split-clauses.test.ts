import { describe, expect, it } from "vitest";
import { splitClauses } from "./split-clauses.ts";

describe("splitClauses", () => {
  it("splits at punctuation and contrast words and keeps offsets", () => {
    const text = "no, i don't need help but get me an agent。谢谢";
    const clauses = splitClauses(text);
    expect(clauses.map((clause) => clause.text.trim())).toEqual(["no", "i don't need help", "get me an agent", "谢谢"]);
    for (const clause of clauses) expect(text.slice(clause.start, clause.start + clause.text.length)).toBe(clause.text);
  });

  it("splits Chinese at contrast words", () => {
    expect(splitClauses("有点小瑕疵不过总体还可以").map((clause) => clause.text)).toEqual(["有点小瑕疵", "总体还可以"]);
  });
});
