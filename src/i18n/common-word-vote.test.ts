import { describe, expect, it } from "vitest";
import { voteByCommonWords } from "./common-word-vote.ts";

describe("voteByCommonWords", () => {
  it.each([
    ["ok cool thx", "en"],
    ["ok merci bcp", "fr"],
    ["vale, muchas gracias", "es"],
    ["ja ok danke", "de"],
    ["c’est bon", "fr"],
  ])("%s → %s", (text, language) => {
    expect(voteByCommonWords(text).language).toBe(language);
  });

  it("abstains on ties and on words shared between languages", () => {
    expect(voteByCommonWords("thanks danke").language).toBeUndefined();
    expect(voteByCommonWords("ok super").language).toBeUndefined();
    expect(voteByCommonWords("de la que no").total).toBe(0);
  });
});
