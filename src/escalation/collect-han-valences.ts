import type { SentimentLexicon } from "./sentiment-lexicon.ts";
import type { SentimentHit } from "./sentiment-hit.ts";
import { negateValence, weighContrast } from "./sentiment-hit.ts";

const han = /\p{Script=Han}/u;
// Words that sit between an intensifier and what it intensifies: "太让人生气", "气得要死".
const linking = /(?:让人|令人|是|得|地)$/u;

/** Finds the lexicon's words in Chinese text by longest match, with intensifiers, negation and contrast applied. */
export function collectHanValences(folded: string, lexicon: SentimentLexicon): SentimentHit[] {
  const longest = Math.max(...[...lexicon.entries.keys()].map((entry) => entry.length));
  const hits: SentimentHit[] = [];
  let contrastAt: number | undefined;
  for (let index = 0; index < folded.length; ) {
    if (!han.test(folded[index])) {
      index += 1;
      continue;
    }
    const contrast = longestAt(folded, index, lexicon.contrasts, 2);
    if (contrast !== undefined) contrastAt = index;
    const entry = longestEntry(folded, index, lexicon, longest);
    if (entry === undefined) {
      index += 1;
      continue;
    }
    const end = index + entry.length;
    // "好" is "good" alone and "very" before another word ("好烦").
    if (lexicon.intensifiers.has(entry) && longestEntry(folded, end, lexicon, longest) !== undefined) {
      index = end;
      continue;
    }
    const valence = lexicon.entries.get(entry) ?? 0;
    const modified = modifiersBefore(folded.slice(Math.max(0, index - 5), index), lexicon);
    const final = modified.negated ? negateValence(valence * modified.factor) : valence * modified.factor;
    if (final !== 0) hits.push({ start: index, end, valence: final });
    index = end;
  }
  return weighContrast(hits, contrastAt);
}

function longestEntry(text: string, index: number, lexicon: SentimentLexicon, longest: number): string | undefined {
  for (let length = Math.min(longest, text.length - index); length >= 1; length -= 1) {
    const candidate = text.slice(index, index + length);
    if (lexicon.entries.has(candidate)) return candidate;
  }
  return undefined;
}

function longestAt(text: string, index: number, words: ReadonlySet<string> | ReadonlyMap<string, number>, longest: number): string | undefined {
  for (let length = longest; length >= 1; length -= 1) {
    const candidate = text.slice(index, index + length);
    if (words.has(candidate)) return candidate;
  }
  return undefined;
}

function longestSuffix(text: string, words: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const word of words) {
    if (text.endsWith(word) && (best === undefined || word.length > best.length)) best = word;
  }
  return best;
}

// Reads backwards: an intensifier right before the word ("很失望"), then a negation before that ("不是很满意").
function modifiersBefore(prefix: string, lexicon: SentimentLexicon): { factor: number; negated: boolean } {
  let rest = prefix.replace(linking, "");
  let factor = 1;
  const intensifier = longestSuffix(rest, lexicon.intensifiers.keys());
  if (intensifier !== undefined) {
    factor = lexicon.intensifiers.get(intensifier) ?? 1;
    rest = rest.slice(0, -intensifier.length);
  }
  const negator = longestSuffix(rest, lexicon.negators);
  return { factor, negated: negator !== undefined };
}
