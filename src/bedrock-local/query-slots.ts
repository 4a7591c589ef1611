import { conceptsOfWord, findCjkConcepts, findPhraseConcepts } from "./concept-matcher.ts";
import { PREFIX_WORD_LENGTH, stemWord } from "./passage-features.ts";
import { isChineseStopCharacter, isStopWord } from "./stop-words.ts";
import { expandAbbreviations, tokenize } from "./text-folding.ts";

/**
 * One thing the question asks about. It is matched by a passage that has any of its stems or
 * concepts, or contains any of its CJK strings.
 */
export interface QuerySlot {
  key: string;
  stems: string[];
  concepts: string[];
  cjk: string[];
  /** Numbers and words with no concept are the slots a translation cannot match. */
  kind: "word" | "number" | "concept" | "cjk";
  /** Below 1 for terms that carry less of the question (numbers, earlier turns). */
  importance: number;
  /** First four letters of a long question word, for the weak kinship hint. */
  prefix?: string;
  /** The value of a number slot. */
  value?: number;
  /** The stems of a name or compound of several words; finding only some of them is a partial match. */
  parts?: string[];
  /** Borrowed from an earlier turn: helps a passage that has it, costs nothing to one that does not. */
  optional?: boolean;
  /** Only orders passages that already answer; never decides whether one does. */
  tieBreaker?: boolean;
  /** From a sentence that sets the scene rather than asks ("I bought a fleece two weeks ago."). */
  context?: boolean;
  /** Which asking sentence it comes from, when a message asks several things. */
  ask?: number;
  /**
   * Keys of the slots written right next to this one ("delivery address", "moyens de paiement").
   * A passage that has this word without its neighbour is likely about something else ("e-mail
   * address"), so the match counts for less.
   */
  partners?: string[];
}

// Grammar words of Chinese questions that span more than one character.
const CHINESE_STOP_WORDS = [
  "需要", "请问", "怎么", "怎样", "如何", "可以", "能否", "是否", "什么", "哪些", "为什么", "一下", "知道",
  "告诉", "帮助", "帮我", "你们", "我们", "他们", "已经", "还是", "或者", "因为", "所以", "但是", "如果",
  "这个", "那个", "现在", "应该", "有没有", "能不能", "可不可以", "多少", "大概", "大约", "左右", "一般", "怎么办", "的话",
];

// Concepts that questions name in passing ("when will I receive", "my item", "I bought") rather
// than ask about.
const LIGHT_CONCEPTS = new Set(["receive", "product", "purchase"]);
const LIGHT_IMPORTANCE = 0.3;
// Concepts that only break ties: a passage with them gains, one without loses nothing.
const TIE_BREAKING_CONCEPTS = new Set(["permission"]);

function latinSlots(keys: string[], slots: QuerySlot[]): void {
  // Each token belongs to at most one phrase, the longest that covers it; a phrase ("gift card",
  // "how long", "send it back") is one thing asked about and is matched by its concept only, so
  // "gift card" does not meet a passage about credit cards through the word "card".
  const phraseOf = new Array<number>(keys.length).fill(-1);
  const spans: { start: number; end: number; concepts: Set<string> }[] = [];
  const hits = findPhraseConcepts(keys).sort((left, right) => right.end - right.start - (left.end - left.start));
  for (const hit of hits) {
    const same = spans.find((span) => span.start === hit.start && span.end === hit.end);
    if (same) {
      same.concepts.add(hit.concept);
      continue;
    }
    const overlapping = spans.find((span) => span.concepts.has(hit.concept) && hit.start < span.end && span.start < hit.end);
    if (overlapping) {
      // "get my money back": "my money" and "money back" name one refund.
      for (let index = hit.start; index < hit.end; index += 1) if ((phraseOf[index] ?? -1) < 0) phraseOf[index] = spans.indexOf(overlapping);
      overlapping.start = Math.min(overlapping.start, hit.start);
      overlapping.end = Math.max(overlapping.end, hit.end);
      continue;
    }
    if (phraseOf.slice(hit.start, hit.end).some((owner) => owner >= 0)) continue;
    for (let index = hit.start; index < hit.end; index += 1) phraseOf[index] = spans.length;
    spans.push({ start: hit.start, end: hit.end, concepts: new Set([hit.concept]) });
  }
  const placed: { slot: QuerySlot; start: number; end: number }[] = [];
  keys.forEach((key, index) => {
    const owner = phraseOf[index] ?? -1;
    if (owner >= 0) {
      const span = spans[owner];
      if (span && span.start === index) {
        const concepts = [...span.concepts];
        const slot: QuerySlot = { key: `~${concepts.join("+")}`, stems: [], concepts, cjk: [], kind: "concept", importance: 1 };
        slots.push(slot);
        placed.push({ slot, start: span.start, end: span.end });
      }
      return;
    }
    // "100cm", "10kg": the figure is what the passages will state.
    const measure = /^(\d+)[a-z]{1,3}$/.exec(key);
    if (measure?.[1]) key = measure[1];
    const concepts = conceptsOfWord(key);
    const content = !isStopWord(key) || /^\d+$/.test(key);
    if (!content && concepts.length === 0) return;
    const number = /^\p{N}+$/u.test(key);
    const light = number || (concepts.length > 0 && concepts.every((concept) => LIGHT_CONCEPTS.has(concept)));
    const tieBreaker = concepts.length > 0 && concepts.every((concept) => TIE_BREAKING_CONCEPTS.has(concept));
    const slot: QuerySlot = {
      tieBreaker: tieBreaker || undefined,
      key: number ? key : stemWord(key),
      stems: content ? [stemWord(key)] : [],
      concepts,
      cjk: [],
      kind: number ? "number" : concepts.length > 0 ? "concept" : "word",
      importance: number ? 0.5 : light ? LIGHT_IMPORTANCE : 1,
      prefix: content && !number && key.length >= PREFIX_WORD_LENGTH ? key.slice(0, 4) : undefined,
      value: number ? Number(key) : undefined,
    };
    slots.push(slot);
    placed.push({ slot, start: index, end: index + 1 });
  });
  joinNames(placed, slots);
  pairNeighbours(placed, keys);
}

// Adjacent words the lexicon does not know ("Trail Club", "Mt Hood", "hiking club") are one name or
// compound: one slot, matched in proportion to the words found, so a name does not count twice.
function joinNames(placed: { slot: QuerySlot; start: number; end: number }[], slots: QuerySlot[]): void {
  for (let index = placed.length - 1; index > 0; index -= 1) {
    const left = placed[index - 1];
    const right = placed[index];
    if (!left || !right || left.slot.kind !== "word" || right.slot.kind !== "word" || right.start !== left.end) continue;
    left.slot.key = `${left.slot.key}+${right.slot.key}`;
    left.slot.stems = [...left.slot.stems, ...right.slot.stems];
    left.slot.parts = [...(left.slot.parts ?? left.slot.stems.slice(0, 1)), ...right.slot.stems];
    left.end = right.end;
    placed.splice(index, 1);
    slots.splice(slots.indexOf(right.slot), 1);
  }
}

// Words that join a noun to its modifier in Romance languages and English ("moyens de paiement").
const CONNECTORS = new Set(["de", "du", "des", "del", "d", "di", "of"]);

function pairNeighbours(placed: { slot: QuerySlot; start: number; end: number }[], keys: readonly string[]): void {
  const pairable = (slot: QuerySlot): boolean => slot.kind !== "number" && !slot.tieBreaker;
  for (let index = 1; index < placed.length; index += 1) {
    const left = placed[index - 1];
    const right = placed[index];
    if (!left || !right || !pairable(left.slot) || !pairable(right.slot)) continue;
    const adjacent = right.start === left.end || (right.start === left.end + 1 && CONNECTORS.has(keys[left.end] ?? ""));
    if (!adjacent) continue;
    left.slot.partners = [...(left.slot.partners ?? []), right.slot.key];
    right.slot.partners = [...(right.slot.partners ?? []), left.slot.key];
  }
}

function cjkSlots(run: string, slots: QuerySlot[]): void {
  const covered = new Array<boolean>(run.length).fill(false);
  const spans = new Map<string, { text: string; concepts: Set<string> }>();
  for (const hit of findCjkConcepts(run)) {
    const text = run.slice(hit.start, hit.end);
    const span = spans.get(`${hit.start}:${hit.end}`) ?? { text, concepts: new Set<string>() };
    span.concepts.add(hit.concept);
    spans.set(`${hit.start}:${hit.end}`, span);
    for (let index = hit.start; index < hit.end; index += 1) covered[index] = true;
  }
  for (const span of spans.values()) {
    const concepts = [...span.concepts];
    slots.push({
      key: span.text,
      stems: [],
      concepts,
      cjk: [span.text],
      kind: "concept",
      importance: concepts.every((concept) => LIGHT_CONCEPTS.has(concept)) ? LIGHT_IMPORTANCE : 1,
      tieBreaker: concepts.every((concept) => TIE_BREAKING_CONCEPTS.has(concept)) || undefined,
    });
  }
  for (const word of CHINESE_STOP_WORDS) {
    for (let from = run.indexOf(word); from >= 0; from = run.indexOf(word, from + 1)) {
      for (let index = from; index < from + word.length; index += 1) covered[index] = true;
    }
  }
  // Remaining characters are slots of their own; a character counts as found when a passage
  // contains it together with a neighbour from the question (grammar characters included, so
  // 申请 still holds 申), which keeps "退货" from matching any text that merely contains 退.
  const characters = run.split(""); // code units, to line up with the span offsets
  characters.forEach((character, index) => {
    if (covered[index] || isChineseStopCharacter(character)) return;
    const before = characters[index - 1];
    const after = characters[index + 1];
    const bigrams = [before === undefined ? "" : before + character, after === undefined ? "" : character + after].filter(Boolean);
    slots.push({
      key: `${character}@${bigrams.join(",")}`,
      stems: [],
      concepts: [],
      cjk: bigrams.length > 0 ? bigrams : [character],
      kind: "cjk",
      // A Chinese word is about two characters: each character carries half a word's weight.
      importance: 0.5,
    });
  });
}

/** The things a question asks about, in order, without duplicates. */
export function querySlots(question: string): QuerySlot[] {
  const slots: QuerySlot[] = [];
  // Chat messages are often not capitalised, so any sentence mark followed by a space ends a sentence.
  const sentences = question
    .replace(/\s+/g, " ")
    .split(/(?<=[?？!！。])\s*|(?<=\.)\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  // Customers set the scene and then ask ("I bought a fleece two weeks ago. It doesn't fit. Am I
  // too late to return it?"): the sentences that ask carry the question, the others its context.
  // The last sentence asks too, question mark or not ("Can you ship to China? And the cost").
  const asking = sentences.filter((sentence, index) => /[?？]\s*$/.test(sentence) || index === sentences.length - 1);
  const questionMarks = sentences.some((sentence) => /[?？]\s*$/.test(sentence));
  sentences.forEach((sentence) => {
    const context = questionMarks && !asking.includes(sentence);
    const sentenceSlots = slotsOfSentence(sentence);
    for (const slot of sentenceSlots) {
      if (context) slot.context = true;
      else slot.ask = asking.indexOf(sentence);
    }
    slots.push(...sentenceSlots);
  });
  return mergeSameMeaning(slots);
}

function slotsOfSentence(sentence: string): QuerySlot[] {
  const slots: QuerySlot[] = [];
  let latin: string[] = [];
  for (const token of tokenize(expandAbbreviations(sentence))) {
    if (token.cjk) {
      latinSlots(latin, slots);
      latin = [];
      cjkSlots(token.key, slots);
    } else {
      latin.push(token.key);
    }
  }
  latinSlots(latin, slots);
  return slots;
}

// "wie lange dauert", "cuánto tiempo": several words naming one concept are one thing asked about,
// not two; counting them twice would let that concept outweigh the rest of the question.
function mergeSameMeaning(slots: QuerySlot[]): QuerySlot[] {
  const merged: QuerySlot[] = [];
  const byKey = new Map<string, QuerySlot>();
  const survivor = new Map<string, string>();
  for (const slot of slots) {
    const conceptKey = slot.concepts.length > 0 ? `concepts:${[...slot.concepts].sort().join("+")}` : "";
    const existing = byKey.get(slot.key) ?? (conceptKey ? byKey.get(conceptKey) : undefined);
    if (existing) {
      // Named in the question itself and in its context: it is part of the question.
      existing.context = existing.context && slot.context;
      existing.ask ??= slot.ask;
      existing.stems = [...new Set([...existing.stems, ...slot.stems])];
      existing.cjk = [...new Set([...existing.cjk, ...slot.cjk])];
      existing.partners = [...(existing.partners ?? []), ...(slot.partners ?? [])];
      survivor.set(slot.key, existing.key);
      continue;
    }
    const copy = { ...slot };
    merged.push(copy);
    byKey.set(slot.key, copy);
    if (conceptKey) byKey.set(conceptKey, copy);
  }
  for (const slot of merged) {
    if (!slot.partners) continue;
    const partners = new Set(slot.partners.map((key) => survivor.get(key) ?? key));
    partners.delete(slot.key);
    slot.partners = partners.size > 0 ? [...partners] : undefined;
  }
  return merged;
}
