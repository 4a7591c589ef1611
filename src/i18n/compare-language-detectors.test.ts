import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareLanguageDetectors, formatComparisonTable } from "./compare-language-detectors.ts";
import { detectLanguage } from "./detect-language.ts";
import { detectWithFranc } from "./franc-detector.ts";
import { parseLabelledMessages } from "./labelled-message.ts";
import type { LabelledMessage } from "./labelled-message.ts";
import { detectWithTinyld } from "./tinyld-detector.ts";

function labelledSet(name: string): LabelledMessage[] {
  const url = new URL(`../../eval/language/${name}`, import.meta.url);
  return parseLabelledMessages(JSON.parse(readFileSync(url, "utf8")));
}

describe("compareLanguageDetectors", () => {
  it("scores overall, per language, short and ambiguous slices", async () => {
    const messages: LabelledMessage[] = [
      { id: "1", text: "hola amigo", lang: "es" },
      { id: "2", text: "where is my order now please", lang: "en" },
      { id: "3", text: "ok", lang: "de", ambiguous: true },
    ];
    const [row] = await compareLanguageDetectors(messages, { alwaysSpanish: () => ({ language: "es", confidence: 1 }) });
    expect(row.detector).toBe("alwaysSpanish");
    expect(row.overall).toBeCloseTo(1 / 3);
    expect(row.perLanguage).toEqual({ en: 0, es: 1, fr: undefined, de: undefined, zh: undefined });
    expect(row.short).toBe(1);
    expect(row.ambiguous).toBe(0);
    expect(row.messages).toBe(3);
    expect(row.misses.map((miss) => [miss.id, miss.detected])).toEqual([["2", "es"], ["3", "es"]]);
    expect(formatComparisonTable([row])).toContain("| alwaysSpanish | 33.3% | 0.0% | 100.0% | – |");
  });

  it("sorts the most accurate detector first", async () => {
    const messages: LabelledMessage[] = [{ id: "1", text: "bonjour à tous", lang: "fr" }];
    const rows = await compareLanguageDetectors(messages, {
      wrong: () => ({ language: "en", confidence: 1 }),
      right: () => ({ language: "fr", confidence: 1 }),
    });
    expect(rows.map((row) => row.detector)).toEqual(["right", "wrong"]);
  });
});

// The heavier eld databases are left to eval/language/run-comparison.ts; these guard the pick.
describe.each(["messages.json", "holdout.json"])("the chosen detector on %s", (file) => {
  it("beats the libraries alone", async () => {
    const rows = await compareLanguageDetectors(labelledSet(file), {
      detectLanguage,
      tinyld: detectWithTinyld,
      "franc-min": detectWithFranc,
    });
    expect(rows[0].detector).toBe("detectLanguage");
    expect(rows[0].overall).toBeGreaterThanOrEqual(0.97);
  });
});

describe("the labelled set", () => {
  it("has at least 120 messages, 20 per language and some ambiguous ones", () => {
    const messages = labelledSet("messages.json");
    expect(messages.length).toBeGreaterThanOrEqual(120);
    for (const language of ["en", "es", "fr", "de", "zh"]) {
      expect(messages.filter((m) => m.lang === language && !m.ambiguous).length).toBeGreaterThanOrEqual(20);
    }
    expect(messages.filter((m) => m.ambiguous).length).toBeGreaterThanOrEqual(15);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  });
});
