import type { SentimentLexicon } from "./sentiment-lexicon.ts";
import type { SentimentHit } from "./sentiment-hit.ts";
import { negateValence, weighContrast } from "./sentiment-hit.ts";

interface Token {
  text: string;
  start: number;
  end: number;
  boundary: boolean;
}

const tokenPattern = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?|[.,;:!?()]+/gu;
const longestPhrase = 3;
const negationReach = 3;

/** Finds the lexicon's words in folded Latin-script text, with intensifiers, negation and contrast applied. */
export function collectLatinValences(folded: string, lexicon: SentimentLexicon): SentimentHit[] {
  const tokens: Token[] = [...folded.matchAll(tokenPattern)].map((match) => ({
    text: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    boundary: /^[.,;:!?()]/u.test(match[0]),
  }));
  const hits: SentimentHit[] = [];
  let contrastAt: number | undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.boundary) continue;
    if (lexicon.contrasts.has(token.text)) contrastAt = token.start;
    const found = entryAt(tokens, index, lexicon);
    if (found === undefined) continue;
    const after = index + found.length;
    // "so", "super", "pretty" are intensifiers before another sentiment word and words on their own otherwise.
    if (intensifierSpanning(tokens, index, after, lexicon) !== undefined && entryAt(tokens, after, lexicon) !== undefined) continue;
    let valence = found.valence * intensityBefore(tokens, index, lexicon);
    if (negatedBefore(tokens, index, lexicon) || (lexicon.negationFollows && negatedAfter(tokens, after, lexicon))) {
      valence = negateValence(valence);
    }
    if (valence !== 0) hits.push({ start: token.start, end: tokens[after - 1].end, valence });
    index = after - 1;
  }
  return weighContrast(hits, contrastAt);
}

function words(tokens: Token[], from: number, to: number): string | undefined {
  if (from < 0 || to > tokens.length) return undefined;
  const slice = tokens.slice(from, to);
  return slice.some((token) => token.boundary) ? undefined : slice.map((token) => token.text).join(" ");
}

function entryAt(tokens: Token[], index: number, lexicon: SentimentLexicon): { valence: number; length: number } | undefined {
  const first = tokens[index];
  if (first === undefined || first.boundary) return undefined;
  const longest = lexicon.phraseStarts.has(first.text) ? longestPhrase : 1;
  for (let length = longest; length >= 1; length -= 1) {
    const phrase = words(tokens, index, index + length);
    if (phrase === undefined) continue;
    const valence = lexicon.entries.get(phrase);
    if (valence !== undefined) return { valence, length };
  }
  const word = first.text;
  const stem = lexicon.stems.find(([prefix]) => word.startsWith(prefix));
  return stem === undefined ? undefined : { valence: stem[1], length: 1 };
}

function intensifierSpanning(tokens: Token[], from: number, to: number, lexicon: SentimentLexicon): number | undefined {
  const phrase = words(tokens, from, to);
  return phrase === undefined ? undefined : lexicon.intensifiers.get(phrase);
}

// Looks two words back so that "absolutely the worst" and "a bit disappointed" both count.
function intensityBefore(tokens: Token[], index: number, lexicon: SentimentLexicon): number {
  const pair = words(tokens, index - 2, index);
  const pairFactor = pair === undefined ? undefined : lexicon.intensifiers.get(pair);
  if (pairFactor !== undefined) return pairFactor;
  const previous = words(tokens, index - 1, index);
  const beforeThat = previous === undefined ? undefined : words(tokens, index - 2, index - 1);
  const factor = (previous === undefined ? 1 : (lexicon.intensifiers.get(previous) ?? 1)) * (beforeThat === undefined ? 1 : (lexicon.intensifiers.get(beforeThat) ?? 1));
  return Math.min(2, Math.max(0.4, factor));
}

function isNegator(word: string, lexicon: SentimentLexicon): boolean {
  if (lexicon.negators.has(word) || word.endsWith("n't")) return true;
  // French elides "ne" into the verb: "n'est", "n'ai".
  return lexicon.negators.has("n'") && word.startsWith("n'");
}

function negatedBefore(tokens: Token[], index: number, lexicon: SentimentLexicon): boolean {
  for (let back = index - 1; back >= Math.max(0, index - negationReach); back -= 1) {
    if (tokens[back].boundary) return false;
    if (isNegator(tokens[back].text, lexicon)) return true;
  }
  return false;
}

function negatedAfter(tokens: Token[], index: number, lexicon: SentimentLexicon): boolean {
  for (let next = index; next < Math.min(tokens.length, index + 2); next += 1) {
    if (tokens[next].boundary) return false;
    if (isNegator(tokens[next].text, lexicon)) return true;
  }
  return false;
}
