import { conceptsInText } from "./concept-matcher.ts";
import type { QuerySlot } from "./query-slots.ts";
import { isStopWord } from "./stop-words.ts";
import { expandAbbreviations, tokenize } from "./text-folding.ts";

/** What a passage offers for matching: word stems, concepts and its CJK text. */
export interface PassageFeatures {
  stems: Set<string>;
  concepts: Set<string>;
  cjk: string;
  /** First four letters of long words: a weak hint that "swimsuit" and "swimwear" are kin. */
  prefixes: Set<string>;
  /** Numeric ranges ("96–104", "5-10"), so "100" finds the row it falls in. */
  ranges: [number, number][];
}

/** Long words share their first four letters with kin ("swimsuit", "swimwear"); shorter ones do not count. */
export const PREFIX_WORD_LENGTH = 6;

const RANGE = /(\d+(?:[.,]\d+)?)\s*[–—-]\s*(\d+(?:[.,]\d+)?)/g;

function parseNumber(text: string): number {
  return Number(text.replace(",", "."));
}

/** Light stemming: drop a plural "s" and keep the first five letters, so inflections and most compounds meet. */
export function stemWord(key: string): string {
  if (/^\p{N}/u.test(key)) return key;
  let stem = key;
  if (stem.length > 3 && stem.endsWith("s") && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  return stem.slice(0, 5);
}

/** Features of a passage sentence, heading or title. */
export function passageFeatures(text: string): PassageFeatures {
  const stems = new Set<string>();
  const prefixes = new Set<string>();
  const cjkRuns: string[] = [];
  for (const token of tokenize(expandAbbreviations(text))) {
    if (token.cjk) cjkRuns.push(token.key);
    else if (!isStopWord(token.key) || /^\d+$/.test(token.key)) {
      stems.add(stemWord(token.key));
      if (token.key.length >= PREFIX_WORD_LENGTH) prefixes.add(token.key.slice(0, 4));
    }
  }
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(RANGE)) {
    const low = parseNumber(match[1] ?? "");
    const high = parseNumber(match[2] ?? "");
    if (low < high) ranges.push([low, high]);
  }
  return { stems, concepts: conceptsInText(expandAbbreviations(text)), cjk: cjkRuns.join("|"), prefixes, ranges };
}

/**
 * How the passage satisfies the slot: with the question's own words, only through a shared
 * concept, with some of the words of a name, or not at all.
 */
export function slotMatch(slot: QuerySlot, features: PassageFeatures): "literal" | "concept" | "partial" | undefined {
  if (slot.parts) {
    const found = slot.parts.filter((part) => features.stems.has(part)).length;
    return found === slot.parts.length ? "literal" : found > 0 ? "partial" : undefined;
  }
  for (const stem of slot.stems) if (features.stems.has(stem)) return "literal";
  // Falling inside a stated range ("100" in "96–104") is weaker than being stated.
  const inRange = slot.value !== undefined && features.ranges.some(([low, high]) => low <= (slot.value ?? NaN) && (slot.value ?? NaN) <= high);
  for (const text of slot.cjk) if (features.cjk.includes(text)) return "literal";
  for (const concept of slot.concepts) if (features.concepts.has(concept)) return "concept";
  return inRange ? "concept" : undefined;
}

/** True when a long question word shares its first four letters with a long word of the passage. */
export function sharesPrefix(slot: QuerySlot, features: PassageFeatures): boolean {
  return slot.prefix !== undefined && features.prefixes.has(slot.prefix);
}

/** True when the passage satisfies the slot. */
export function slotMatches(slot: QuerySlot, features: PassageFeatures): boolean {
  return slotMatch(slot, features) !== undefined;
}
