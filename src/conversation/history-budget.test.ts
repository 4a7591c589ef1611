import { describe, expect, it } from "vitest";
import { truncateHistory } from "./history-budget.ts";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const message = (role: string, text: string) => ({ role, text });

describe("truncateHistory", () => {
  it("keeps everything that fits", () => {
    const history = [message("user", "a b"), message("assistant", "c d"), message("user", "e")];
    expect(truncateHistory(history, 100, words)).toEqual(history);
  });

  it("always keeps the first user message and drops the oldest of the rest", () => {
    const history = [
      message("user", "my order never came"),
      message("assistant", "one two three four five"),
      message("user", "six seven"),
      message("assistant", "eight nine"),
    ];
    expect(truncateHistory(history, 8, words)).toEqual([history[0], history[2], history[3]]);
    expect(truncateHistory(history, 5, words)).toEqual([history[0]]);
  });

  it("keeps the first user message even when it alone exceeds the budget", () => {
    const history = [message("user", "a very long first message"), message("assistant", "ok")];
    expect(truncateHistory(history, 2, words)).toEqual([history[0]]);
  });

  it("never skips a message in the middle: the kept tail is contiguous", () => {
    const history = [message("user", "a"), message("assistant", "b"), message("user", "x x x x x x x x"), message("assistant", "c")];
    expect(truncateHistory(history, 4, words)).toEqual([history[0], history[3]]);
  });

  it("returns nothing for an empty history", () => {
    expect(truncateHistory([], 10, words)).toEqual([]);
  });
});
