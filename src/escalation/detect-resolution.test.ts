import { describe, expect, it } from "vitest";
import type { Language } from "../i18n/language.ts";
import { detectResolution } from "./detect-resolution.ts";

describe("detectResolution", () => {
  it.each([
    ["en", "Thanks, that fixed it!"],
    ["en", "thank you so much"],
    ["es", "Gracias, ya funciona"],
    ["fr", "Merci, c'est réglé !"],
    ["de", "Danke, hat geklappt"],
    ["zh", "谢谢，解决了"],
  ] as const)("%s: %s", (language, text) => {
    expect(detectResolution(text, language as Language).matched).toBe(true);
  });

  it.each([
    ["en", "thanks, but it still doesn't work"],
    ["en", "thanks. where is my order?"],
    ["es", "gracias pero sigue sin funcionar"],
    ["de", "Danke, aber es geht immer noch nicht"],
    ["zh", "谢谢，但是还是不行"],
  ] as const)("%s: not %s", (language, text) => {
    expect(detectResolution(text, language as Language).matched).toBe(false);
  });
});
