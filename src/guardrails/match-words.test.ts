import { describe, expect, it } from "vitest";
import { createWordMatcher } from "./match-words.ts";

describe("createWordMatcher", () => {
  const matcher = createWordMatcher(["worst service ever", "Acme sucks"], true);
  const types = (text: string) => matcher.match(text).map((detection) => detection.type);

  it("finds custom phrases and managed profanity in the five languages", () => {
    expect(types("This is the WORST   service ever")).toEqual(["CUSTOM_WORD"]);
    expect(types("fucking late")).toEqual(["PROFANITY"]);
    expect(types("¡Qué mierda!")).toEqual(["PROFANITY"]);
    expect(types("Putain !")).toEqual(["PROFANITY"]);
    expect(types("So eine Scheiße")).toEqual(["PROFANITY"]);
    expect(types("他妈的")).toEqual(["PROFANITY"]);
  });

  it("avoids the Scunthorpe problem", () => {
    for (const text of ["Scunthorpe", "cocktail dress", "Dickens", "computadora", "disputer", "操作步骤", "体操你们", "他妈妈的礼物"]) {
      expect(types(text)).toEqual([]);
    }
  });

  it("matches nothing when both lists are off", () => {
    expect(createWordMatcher([], false).match("fuck")).toEqual([]);
  });
});
