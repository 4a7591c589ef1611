import { detectLanguage, toReplyLanguage } from "./language-detection.ts";
import { passageFeatures, sharesPrefix, slotMatch, slotMatches } from "./lexical-features.ts";
import type { PassageFeatures, QuerySlot } from "./lexical-features.ts";
import { splitPassage } from "./sentence-splitter.ts";
import type { PassageUnit } from "./sentence-splitter.ts";
import type { PromptSource } from "./source-parser.ts";
import type { ReplyLanguage } from "./text-folding.ts";
import { foldCase, stripAccents, tokenize } from "./text-folding.ts";

/** A passage unit with what it is matched against: its own text, its section heading and its source title. */
export interface IndexedUnit {
  source: PromptSource;
  language: ReplyLanguage | undefined;
  unit: PassageUnit;
  /** Position among the units of its source. */
  position: number;
  features: PassageFeatures;
  section: PassageFeatures | undefined;
  title: PassageFeatures;
  /** True for the first sentence after its heading or FAQ question. */
  opensSection: boolean;
  /** Count of sentences before this one in its section: help articles lead with the key fact. */
  sectionPosition: number;
}

/** How well one unit answers the question. */
export interface UnitScore {
  indexed: IndexedUnit;
  /** Share of the question's weighted terms found in the unit or its context, 0..1. */
  coverage: number;
  /** Share found in the unit's own text. */
  ownCoverage: number;
  /** Coverage with the tie-breaking preferences (language, rank, length) applied. */
  score: number;
  /** Which slots the unit's own text matches. */
  matched: boolean[];
}

// Evidence found only in a unit's heading or its source title counts for less than its own words.
const SECTION_LEVEL = 0.7;
// The first sentence under a heading or FAQ question is that heading's answer, so what the
// heading matches counts as if the sentence said it.
const OPENING_LEVEL = 1;
const UNPAIRED_LEVEL = 0.6;
const TITLE_LEVEL = 0.5;
// Across languages a word with no concept can only match if it is a name or a cognate, so
// missing it says somewhat less about whether the passage answers (this relaxes the threshold
// only, never the ranking).
const CROSS_LANGUAGE_DISCOUNT = 0.75;
const CONCEPT_LEVEL = 0.9;
const WEIGHT_FLOOR = 0.3;

// When no passage is in the reply language, English is the likeliest to be understood.
const ENGLISH_FALLBACK_PREFERENCE = 0.03;

/** Splits every source into units and attaches each unit's context. */
export function indexSources(sources: readonly PromptSource[]): IndexedUnit[] {
  const indexed: IndexedUnit[] = [];
  for (const source of sources) {
    const language = toReplyLanguage(source.lang) ?? detectLanguage(source.text);
    const title = passageFeatures(source.title);
    let heading: PassageFeatures | undefined;
    let question: PassageFeatures | undefined;
    let listIntro: PassageFeatures | undefined;
    let sectionPosition = 0;
    let sectionJustOpened = false;
    splitPassage(source.text).forEach((unit, position) => {
      const features = passageFeatures(unit.text);
      const isContext = unit.kind === "heading" || unit.kind === "question";
      let section = heading && question ? mergeFeatures(heading, question) : (question ?? heading);
      // A list item is read with the sentence that introduces the list ("We accept:").
      if (unit.kind === "list-item" && listIntro) section = section ? mergeFeatures(section, listIntro) : listIntro;
      indexed.push({
        source,
        language,
        unit,
        position,
        features,
        section: isContext ? undefined : section,
        title,
        opensSection: sectionJustOpened && !isContext,
        sectionPosition: isContext ? 0 : sectionPosition,
      });
      if (unit.kind === "heading") {
        heading = features;
        question = undefined;
      } else if (unit.kind === "question") {
        question = features;
      }
      // A heading that repeats the article title says what the whole article is about, not what
      // the sentence under it answers.
      const titleHeading = unit.kind === "heading" && sameText(unit.text, source.title);
      if (unit.kind === "sentence") listIntro = /[:：]\s*$/.test(unit.text) ? features : undefined;
      sectionPosition = isContext ? 0 : sectionPosition + (unit.kind === "list-item" ? 0 : 1);
      sectionJustOpened = isContext && !titleHeading;
    });
  }
  return indexed;
}

function sameText(left: string, right: string): boolean {
  const simplify = (text: string): string => stripAccents(foldCase(text)).replace(/[^\p{L}\p{N}]+/gu, "");
  return simplify(left) === simplify(right);
}

function mergeFeatures(left: PassageFeatures, right: PassageFeatures): PassageFeatures {
  return {
    stems: new Set([...left.stems, ...right.stems]),
    prefixes: new Set([...left.prefixes, ...right.prefixes]),
    concepts: new Set([...left.concepts, ...right.concepts]),
    cjk: `${left.cjk}|${right.cjk}`,
  };
}

/** BM25's inverse document frequency over the units at hand: rare terms identify the answer. */
export function slotWeights(slots: readonly QuerySlot[], units: readonly IndexedUnit[]): number[] {
  const total = units.length;
  return slots.map((slot) => {
    const frequency = units.filter((indexed) => slotMatches(slot, indexed.features)).length;
    // The floor keeps the topic of the question from weighing nothing when every retrieved
    // passage shares it ("refund" in five passages about refunds).
    const idf = WEIGHT_FLOOR + Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
    return slot.importance * idf;
  });
}

function wordCount(text: string): number {
  return tokenize(text).reduce((count, token) => count + (token.cjk ? Math.ceil(token.key.length / 2) : 1), 0);
}

function contentSize(features: PassageFeatures): number {
  return features.stems.size + Math.ceil(features.cjk.replace(/\|/g, "").length / 2);
}

/** Scores every unit against the question's slots. */
export function scoreUnits(
  slots: readonly QuerySlot[],
  units: readonly IndexedUnit[],
  languages: { question: ReplyLanguage | undefined; reply: ReplyLanguage },
): UnitScore[] {
  const weights = slotWeights(slots, units);
  const sourceCount = Math.max(1, new Set(units.map((indexed) => indexed.source.rank)).size);
  const slotIndex = new Map(slots.map((slot, index) => [slot.key, index]));
  return units.map((indexed) => {
    const crossLanguage = languages.question !== undefined && indexed.language !== languages.question;
    const ownMatches = slots.map((slot) => slotMatch(slot, indexed.features));
    const levels = slots.map((slot, index) =>
      ownMatches[index]
        ? 1
        : indexed.section && slotMatch(slot, indexed.section)
          ? indexed.opensSection
            ? OPENING_LEVEL
            : SECTION_LEVEL
          : slotMatch(slot, indexed.title)
            ? TITLE_LEVEL
            : 0,
    );
    // A word found without the neighbour it was written with is likely used in another sense.
    const agreed = levels.map((level, index) => {
      const partners = slots[index]?.partners ?? [];
      const alone = partners.some((key) => levels[slotIndex.get(key) ?? -1] === 0);
      return alone ? level * UNPAIRED_LEVEL : level;
    });
    let found = 0;
    let ranked = 0;
    let own = 0;
    let total = 0;
    let discountedTotal = 0;
    let ownSlots = 0;
    let ownForRank = 0;
    let kinship = 0;
    let tieBreak = 0;
    const matched = slots.map((slot, index) => {
      const weight = weights[index] ?? 0;
      const ownMatch = ownMatches[index];
      const level = agreed[index] ?? 0;
      if (slot.tieBreaker) {
        if (ownMatch) tieBreak += weight;
        return false;
      }
      if (slot.optional && level === 0) return false;
      const untranslatable = slot.kind === "word" || slot.kind === "cjk";
      total += weight;
      discountedTotal += weight * (level === 0 && crossLanguage && untranslatable ? CROSS_LANGUAGE_DISCOUNT : 1);
      found += weight * level;
      // The passage's own word outranks a paraphrase of it.
      ranked += weight * (ownMatch === "concept" ? CONCEPT_LEVEL * level : level);
      if (ownMatch) own += weight * level;
      // For ranking, what an opening sentence's heading matches is as good as its own words.
      if (ownMatch || (indexed.opensSection && level > 0 && level >= OPENING_LEVEL)) {
        ownForRank += weight * level;
        ownSlots += 1;
      }
      if (ownMatch !== "literal" && sharesPrefix(slot, indexed.features)) kinship += weight;
      return ownMatch !== undefined;
    });
    const coverage = discountedTotal > 0 ? found / discountedTotal : 0;
    const ownCoverage = discountedTotal > 0 ? own / discountedTotal : 0;
    const words = wordCount(indexed.unit.text);
    const lengthFactor = words < 3 && indexed.unit.kind !== "list-item" ? 0.75 : words > 60 ? 0.9 : 1;
    const preference =
      1 +
      (indexed.language === languages.reply ? 0.1 : indexed.language === "en" ? ENGLISH_FALLBACK_PREFERENCE : 0) +
      0.03 * (1 - Math.min(indexed.source.rank, sourceCount) / sourceCount);
    const density = Math.min(1, ownSlots / Math.max(1, contentSize(indexed.features)));
    const score =
      (total > 0 ? ranked / total : 0) * preference * lengthFactor +
      0.05 * (total > 0 ? ownForRank / total : 0) +
      0.04 * density +
      (total > 0 ? 0.08 * (kinship / total) + 0.05 * Math.min(1, tieBreak / total) : 0) +
      0.02 / (1 + indexed.sectionPosition);
    return { indexed, coverage, ownCoverage, matched, score };
  });
}
