import { describe, expect, it } from "vitest";
import { compileTerms, findSpans } from "./compile-term-pattern.ts";
import { foldText } from "../i18n/fold-text.ts";

const spansOf = (text: string, phrases: string[]) =>
  findSpans(foldText(text), compileTerms(phrases)).map((span) => text.slice(span.start, span.end));

describe("compileTerms", () => {
  it("matches whole words only, so Scunthorpe stays clean", () => {
    expect(spansOf("I live in Scunthorpe", ["cunt"])).toEqual([]);
    expect(spansOf("Passion fruit classic", ["ass"])).toEqual([]);
  });

  it("folds accents and case on both sides", () => {
    expect(spansOf("SCHEISSE und Scheiße", ["scheisse", "scheiße"])).toEqual(["SCHEISSE", "Scheiße"]);
    expect(spansOf("Un Abogado", ["abogado"])).toEqual(["Abogado"]);
  });

  it("supports word endings with * and flexible spacing", () => {
    expect(spansOf("los abogados  de la empresa", ["abogad*"])).toEqual(["abogados"]);
    expect(spansOf("compared   with them", ["compared with"])).toEqual(["compared   with"]);
  });

  it("matches Han phrases inside running text", () => {
    expect(spansOf("我想找律师咨询", ["律师"])).toEqual(["律师"]);
  });

  it("takes `re:` phrases as regexes over folded text", () => {
    expect(spansOf("Livrent PLUS vite que vous", ["re:\\b(?:plus|moins)\\s+[a-z]+\\s+que\\b"])).toEqual(["PLUS vite que"]);
  });

  it("never matches with an empty list", () => {
    expect(spansOf("anything", [])).toEqual([]);
  });
});
