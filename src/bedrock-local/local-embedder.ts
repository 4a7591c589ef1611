import { conceptsInText } from "./concept-matcher.ts";
import { isChineseStopCharacter, isStopWord } from "./stop-words.ts";
import { tokenize } from "./text-folding.ts";

// Relative weights of the feature families. Whole words say the most; character n-grams let
// inflections, compounds and typos still meet; concepts let "refund" and "reembolso" meet.
const WORD_WEIGHT = 1;
const STOP_WORD_WEIGHT = 0.2;
const TRIGRAM_WEIGHT = 0.2;
const CJK_BIGRAM_WEIGHT = 1;
const CJK_CHARACTER_WEIGHT = 0.3;
const CONCEPT_WEIGHT = 1.2;

/** FNV-1a, 32 bit: fast, deterministic and well spread for short strings. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function collectFeatures(text: string): Map<string, { count: number; weight: number }> {
  const features = new Map<string, { count: number; weight: number }>();
  const add = (feature: string, weight: number): void => {
    const entry = features.get(feature);
    if (entry) entry.count += 1;
    else features.set(feature, { count: 1, weight });
  };
  for (const token of tokenize(text)) {
    if (token.cjk) {
      const characters = [...token.key];
      characters.forEach((character, index) => {
        if (!isChineseStopCharacter(character)) add(`c:${character}`, CJK_CHARACTER_WEIGHT);
        const next = characters[index + 1];
        if (next) add(`b:${character}${next}`, CJK_BIGRAM_WEIGHT);
      });
      continue;
    }
    const stop = isStopWord(token.key);
    add(`w:${token.key}`, stop ? STOP_WORD_WEIGHT : WORD_WEIGHT);
    if (stop) continue;
    const padded = `#${token.key}#`;
    for (let index = 0; index + 3 <= padded.length; index += 1) add(`t:${padded.slice(index, index + 3)}`, TRIGRAM_WEIGHT);
  }
  for (const concept of conceptsInText(text)) add(`k:${concept}`, CONCEPT_WEIGHT);
  return features;
}

/**
 * A deterministic local text embedding. It is lexical, not semantic: texts are close when they
 * share words, word pieces (character 3-grams; character 2-grams for CJK) or help-desk concepts
 * from a small multilingual lexicon — not when they mean the same thing in different words.
 * Text is lower-cased and NFKC-normalised, Latin accents are folded; each feature is hashed
 * (FNV-1a) into one of `dimensions` buckets with a hashed sign, weighted by 1 + ln(tf), and the
 * vector is L2-normalised when `normalize` is true.
 */
export function embedText(text: string, dimensions: number, normalize = true): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, { count, weight }] of collectFeatures(text)) {
    const hash = fnv1a(feature);
    const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
    const index = hash % dimensions;
    vector[index] = (vector[index] ?? 0) + sign * weight * (1 + Math.log(count));
  }
  if (!normalize) return vector;
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm > 0 ? vector.map((value) => value / norm) : vector;
}
