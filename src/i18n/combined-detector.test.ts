import { describe, expect, it } from "vitest";
import { createCombinedDetector } from "./combined-detector.ts";
import type { LanguageGuess } from "./language.ts";

function fixedLatinDetector(guess: LanguageGuess) {
  const seen: string[] = [];
  const detector = createCombinedDetector((text) => {
    seen.push(text);
    return guess;
  });
  return { detector, seen };
}

describe("createCombinedDetector", () => {
  it("calls Han text Chinese without asking the library", () => {
    const { detector, seen } = fixedLatinDetector({ language: "en", confidence: 0.9 });
    expect(detector("refund 怎么申请").language).toBe("zh");
    expect(detector("退货要多久").confidence).toBeGreaterThan(0.9);
    expect(seen).toEqual([]);
  });

  it("gives up on Japanese, Korean and other scripts", () => {
    const { detector } = fixedLatinDetector({ language: "en", confidence: 0.9 });
    expect(detector("注文はどこですか").language).toBeUndefined();
    expect(detector("Где мой заказ").language).toBeUndefined();
  });

  it("hands the library the text without codes and trusts a confident answer", () => {
    const { detector, seen } = fixedLatinDetector({ language: "de", confidence: 0.8 });
    expect(detector("thanks, Bestellung NL-100234")).toEqual({ language: "de", confidence: 0.8 });
    expect(seen).toEqual(["thanks, Bestellung"]);
  });

  it("lets common words overrule a weak library guess", () => {
    const { detector } = fixedLatinDetector({ language: "es", confidence: 0.3 });
    const guess = detector("ok merci bcp");
    expect(guess.language).toBe("fr");
    expect(guess.confidence).toBeLessThan(0.5);
  });

  it("keeps a weak library guess when the words do not decide", () => {
    const { detector } = fixedLatinDetector({ language: "es", confidence: 0.3 });
    expect(detector("ok super").language).toBe("es");
  });
});
