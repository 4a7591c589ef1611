import { voteByCommonWords } from "./common-word-vote.ts";
import { countScripts } from "./count-scripts.ts";
import type { LanguageDetector, LanguageGuess } from "./language.ts";
import { stripCodes } from "./strip-codes.ts";

const unknown: LanguageGuess = { language: undefined, confidence: 0 };
/** Below this a library guess on Latin text gives way to a common-word vote. */
const weakGuess = 0.5;

/**
 * Script first (Han means Chinese), then a Latin-script library on the text without codes,
 * with a common-word vote for the very short texts the library cannot call.
 */
export function createCombinedDetector(latinDetector: LanguageDetector): LanguageDetector {
  return (text) => {
    const latin = stripCodes(text);
    const scripts = countScripts(latin);
    // Japanese and Korean share Han characters with Chinese but we cannot answer in them.
    if (scripts.otherCjk >= 2) return unknown;
    // Customers writing Chinese mix in English brand words; the reverse almost never happens.
    if (scripts.han >= 2) {
      const hanShare = scripts.han / (scripts.han + scripts.latin / 3);
      return { language: "zh", confidence: 0.6 + 0.4 * hanShare };
    }
    if (scripts.latin === 0 || scripts.other > scripts.latin) return unknown;

    const guess = latinDetector(latin);
    if (guess.language !== undefined && guess.confidence >= weakGuess) return guess;
    // n-gram models have almost nothing to go on in one or two words; a word list does.
    const vote = voteByCommonWords(latin);
    if (vote.language === undefined || vote.language === guess.language) return guess;
    // Kept under weakGuess so callers still see a vote as weak evidence.
    return { language: vote.language, confidence: Math.min(0.4, 0.2 * vote.votes) };
  };
}
