import { countScripts } from "./count-scripts.ts";
import { countWords } from "./count-words.ts";
import { detectLanguage } from "./detect-language.ts";
import type { Language } from "./language.ts";
import { detectLanguageRequest } from "./language-request.ts";
import { stripCodes } from "./strip-codes.ts";

export interface ConversationLanguageInput {
  /** The language the conversation has been in so far. */
  current?: Language;
  /** The customer's new message. */
  text: string;
  /** A language set outside the text: a widget picker, a profile setting. */
  explicit?: Language;
}

export const defaultLanguage: Language = "en";

// A switch between Latin-script languages needs a real sentence the detector is sure about:
// "ok thanks" in a Spanish conversation is a courtesy, not a change of language.
const switchMinimumWords = 4;
const switchMinimumConfidence = 0.6;

/** Decides the language to answer in: explicit choice, else the current one unless the customer clearly switched. */
export function resolveConversationLanguage({ current, text, explicit }: ConversationLanguageInput): Language {
  if (explicit !== undefined) return explicit;
  const requested = detectLanguageRequest(text);
  if (requested !== undefined) return requested;
  const guess = detectLanguage(text);
  if (current === undefined) return guess.language ?? defaultLanguage;
  if (guess.language === undefined || guess.language === current) return current;
  // A message mostly in Chinese characters is a switch however short; a Han product name in
  // an English sentence is not.
  if (guess.language === "zh") return isMostlyHan(stripCodes(text)) ? "zh" : current;
  const enoughWords = countWords(stripCodes(text)) >= switchMinimumWords;
  if (enoughWords && guess.confidence >= switchMinimumConfidence) return guess.language;
  return current;
}

// About three Latin letters carry what one Chinese character does.
function isMostlyHan(text: string): boolean {
  const scripts = countScripts(text);
  return scripts.han >= scripts.latin / 3;
}
