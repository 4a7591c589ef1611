import { francAll } from "franc-min";
import type { Language, LanguageGuess } from "./language.ts";

const fromIso6393 = new Map<string, Language>([
  ["eng", "en"],
  ["spa", "es"],
  ["fra", "fr"],
  ["deu", "de"],
  ["cmn", "zh"],
]);
const only = [...fromIso6393.keys()];

/** franc-min restricted to the supported languages; confidence is the margin over the runner-up. */
export function detectWithFranc(text: string): LanguageGuess {
  // franc refuses texts under 10 characters by default, and most customer messages are that short.
  const [best, second] = francAll(text, { only, minLength: 1 });
  const language = best === undefined ? undefined : fromIso6393.get(best[0]);
  if (language === undefined) return { language: undefined, confidence: 0 };
  // franc normalises the winner to 1, so only the gap to the next language says anything.
  return { language, confidence: second === undefined ? 1 : 1 - second[1] };
}
