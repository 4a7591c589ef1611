import { describe, expect, it } from "vitest";
import { compileCustomRegex } from "./compile-custom-regex.ts";
import { recognizeCustomRegexes } from "./recognize-custom-regexes.ts";

describe("recognizeCustomRegexes", () => {
  it("reports whole matches, or only the `value` group when there is one", () => {
    const text = "booking ABC-1234, password: Hunter2!";
    const detections = recognizeCustomRegexes(text, [
      { name: "BOOKING", pattern: compileCustomRegex("[A-Z]{3}-\\d{4}") },
      { name: "PASSWORD", pattern: compileCustomRegex("(?i)PASSWORD:\\s*(?<value>\\S+)") },
    ]);
    expect(detections.map((detection) => [detection.type, text.slice(detection.start, detection.end)])).toEqual([
      ["BOOKING", "ABC-1234"],
      ["PASSWORD", "Hunter2!"],
    ]);
  });

  it("accepts patterns written for engines without unicode mode", () => {
    expect(() => compileCustomRegex("[\\w\\-]+")).not.toThrow();
  });
});
