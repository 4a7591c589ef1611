import { describe, expect, it } from "vitest";
import { createTypingThrottle } from "./typing-throttle.ts";

describe("createTypingThrottle", () => {
  it("passes the first signal of a key, then one per interval", () => {
    let time = 0;
    const pass = createTypingThrottle(2000, () => time);
    expect(pass("c1:customer")).toBe(true);
    time = 500;
    expect(pass("c1:customer")).toBe(false);
    expect(pass("c1:agent")).toBe(true);
    time = 2000;
    expect(pass("c1:customer")).toBe(true);
    time = 3999;
    expect(pass("c1:customer")).toBe(false);
  });

  it("forgets stale keys without letting a live one through early", () => {
    let time = 0;
    const pass = createTypingThrottle(1000, () => time);
    for (let index = 0; index <= 1000; index++) pass(`old-${index}`);
    time = 5000;
    expect(pass("live")).toBe(true);
    time = 5100;
    for (let index = 0; index < 5; index++) pass(`new-${index}`);
    expect(pass("live")).toBe(false);
    expect(pass("old-1")).toBe(true);
  });
});
