import { CONCEPT_PATTERNS } from "./concept-lexicon.ts";
import { isCjkChar, stripAccents, tokenize } from "./text-folding.ts";

interface WordPattern {
  /** "gap" stands for up to two arbitrary words ("send ~ back" matches "send stuff back"). */
  kind: "exact" | "prefix" | "contains" | "gap";
  text: string;
}

const MAX_GAP = 2;

interface PhrasePattern {
  words: WordPattern[];
  concept: string;
}

/** A concept found in a token sequence: tokens [start, end). */
export interface ConceptHit {
  concept: string;
  start: number;
  end: number;
}

const exactWords = new Map<string, string[]>();
const prefixWords = new Map<string, { text: string; concept: string }[]>();
const containsWords: { text: string; concept: string }[] = [];
const phrases: PhrasePattern[] = [];
const cjkPatterns: { text: string; concept: string }[] = [];

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function wordPatterns(piece: string): WordPattern[] {
  if (piece === "~") return [{ kind: "gap", text: "" }];
  const leading = piece.startsWith("*");
  const trailing = piece.endsWith("*");
  const keys = tokenize(piece.replace(/\*/g, "")).map((token) => token.key);
  return keys.map((text, index) => {
    if (leading && index === 0) return { kind: "contains" as const, text };
    if (trailing && index === keys.length - 1) return { kind: "prefix" as const, text };
    return { kind: "exact" as const, text };
  });
}

function compile(): void {
  for (const [concept, patterns] of Object.entries(CONCEPT_PATTERNS)) {
    for (const pattern of patterns.split("|")) {
      const folded = stripAccents(pattern.trim().toLowerCase());
      if (!folded) continue;
      if (isCjkChar(folded[0] ?? "")) {
        cjkPatterns.push({ text: pattern.trim(), concept });
        continue;
      }
      const words = folded.split(/\s+/).flatMap(wordPatterns);
      if (words.length > 1) {
        phrases.push({ words, concept });
        continue;
      }
      const [word] = words;
      if (!word) continue;
      if (word.kind === "exact") addTo(exactWords, word.text, concept);
      else if (word.kind === "prefix") addTo(prefixWords, word.text.slice(0, 3), { text: word.text, concept });
      else containsWords.push({ text: word.text, concept });
    }
  }
  // Longest first, so "combien de temps" wins over "combien".
  phrases.sort((left, right) => right.words.length - left.words.length);
  cjkPatterns.sort((left, right) => right.text.length - left.text.length);
}
compile();

function matchesWord(pattern: WordPattern, key: string): boolean {
  if (pattern.kind === "gap") return true;
  if (pattern.kind === "exact") return key === pattern.text;
  if (pattern.kind === "prefix") return key.startsWith(pattern.text);
  return key.includes(pattern.text);
}

/** Concepts a single folded Latin word names on its own. */
export function conceptsOfWord(key: string): string[] {
  const found = new Set<string>(exactWords.get(key) ?? []);
  for (const candidate of prefixWords.get(key.slice(0, 3)) ?? []) {
    if (key.startsWith(candidate.text)) found.add(candidate.concept);
  }
  // Compound heads only make sense inside long words ("Versandkosten"), not short ones.
  if (key.length >= 8) {
    for (const candidate of containsWords) {
      if (key.includes(candidate.text)) found.add(candidate.concept);
    }
  }
  return [...found];
}

/** Where a phrase that starts at `start` ends (exclusive), or -1. */
function matchPhrase(words: readonly WordPattern[], keys: readonly string[], start: number): number {
  const [first, ...rest] = words;
  if (!first) return start;
  if (first.kind === "gap") {
    for (let skip = 0; skip <= MAX_GAP && start + skip <= keys.length; skip += 1) {
      const end = matchPhrase(rest, keys, start + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const key = keys[start];
  return key !== undefined && matchesWord(first, key) ? matchPhrase(rest, keys, start + 1) : -1;
}

/** Multi-word concept phrases in a sequence of folded Latin words, longest match at each position. */
export function findPhraseConcepts(keys: readonly string[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (let start = 0; start < keys.length; start += 1) {
    let longest = 0;
    for (const phrase of phrases) {
      const end = matchPhrase(phrase.words, keys, start);
      if (end < 0 || end - start < longest) continue;
      hits.push({ concept: phrase.concept, start, end });
      longest = end - start;
    }
  }
  return hits;
}

/** Concept spans in a CJK run as [start, end) character offsets; longest first, no overlaps. */
export function findCjkConcepts(run: string): ConceptHit[] {
  const taken = new Array<boolean>(run.length).fill(false);
  const hits: ConceptHit[] = [];
  for (const pattern of cjkPatterns) {
    let from = run.indexOf(pattern.text);
    while (from >= 0) {
      const end = from + pattern.text.length;
      const free = taken.slice(from, end).every((flag) => !flag);
      const sameSpan = hits.some((hit) => hit.start === from && hit.end === end);
      if (free || sameSpan) {
        for (let index = from; index < end; index += 1) taken[index] = true;
        hits.push({ concept: pattern.concept, start: from, end });
      }
      from = run.indexOf(pattern.text, from + 1);
    }
  }
  return hits.sort((left, right) => left.start - right.start);
}

/** Every concept mentioned anywhere in a text (both scripts). */
export function conceptsInText(text: string): Set<string> {
  const found = new Set<string>();
  let latinKeys: string[] = [];
  // Words inside a phrase mean what the phrase means: "American Express" is a card, not express shipping.
  const flushLatin = (): void => {
    const inPhrase = new Array<boolean>(latinKeys.length).fill(false);
    for (const hit of findPhraseConcepts(latinKeys)) {
      found.add(hit.concept);
      for (let index = hit.start; index < hit.end; index += 1) inPhrase[index] = true;
    }
    latinKeys.forEach((key, index) => {
      if (!inPhrase[index]) for (const concept of conceptsOfWord(key)) found.add(concept);
    });
    latinKeys = [];
  };
  for (const token of tokenize(text)) {
    if (token.cjk) {
      flushLatin();
      for (const pattern of cjkPatterns) if (token.key.includes(pattern.text)) found.add(pattern.concept);
      continue;
    }
    latinKeys.push(token.key);
  }
  flushLatin();
  if (/[$€£¥]|\b(?:usd|eur|gbp|chf|cny|rmb)\b|元/iu.test(text)) found.add("cost");
  if (/\d\s?°\s?[CF]?\b|°C|°F/u.test(text)) found.add("temperature");
  // Times of day ("9:00", "6 pm", "8 Uhr", "9点") say when something is open.
  if (/\d{1,2}:\d{2}|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h)\b|\d{1,2}\s?点/iu.test(text)) found.add("hours");
  return found;
}
