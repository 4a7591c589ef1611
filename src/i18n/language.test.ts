import { describe, expect, it } from "vitest";
import { isLanguage, normalizeLanguage, supportedLanguages } from "./language.ts";

describe("normalizeLanguage", () => {
  it.each([
    ["en", "en"],
    ["EN", "en"],
    ["en-US", "en"],
    ["en_GB", "en"],
    ["es-MX", "es"],
    ["es-419", "es"],
    ["fr-CA", "fr"],
    ["de-AT", "de"],
    ["de-CH", "de"],
    ["zh-CN", "zh"],
    ["zh-Hans", "zh"],
    ["zh-Hans-CN", "zh"],
    ["zh-TW", "zh"],
    [" de ", "de"],
    ["deu", "de"],
    ["cmn", "zh"],
    ["English", "en"],
    ["Deutsch", "de"],
    ["Français", "fr"],
    ["中文", "zh"],
  ])("maps %s to %s", (tag, expected) => {
    expect(normalizeLanguage(tag)).toBe(expected);
  });

  it.each([undefined, "", "it", "pt-BR", "ja", "x", "italiano", "constructor"])(
    "returns undefined for %s",
    (tag) => {
      expect(normalizeLanguage(tag)).toBeUndefined();
    },
  );
});

describe("supportedLanguages", () => {
  it("lists the five languages, each recognised by isLanguage", () => {
    expect([...supportedLanguages].sort()).toEqual(["de", "en", "es", "fr", "zh"]);
    for (const language of supportedLanguages) expect(isLanguage(language)).toBe(true);
    expect(isLanguage("it")).toBe(false);
  });
});
