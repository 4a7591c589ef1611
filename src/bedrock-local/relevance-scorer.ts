import { sharesPrefix, slotMatch, slotMatches } from "./passage-features.ts";
import type { PassageFeatures } from "./passage-features.ts";
import type { QuerySlot } from "./query-slots.ts";
import type { IndexedUnit } from "./passage-index.ts";
import type { ReplyLanguage } from "./text-folding.ts";
import { tokenize } from "./text-folding.ts";

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
const SIBLING_LEVEL = 0.4;
// Part of a name found ("Black Friday" for "Black Friday sale").
const PARTIAL_LEVEL = 0.5;
// Across languages a word with no concept can only match if it is a name or a cognate, so
// missing it says somewhat less about whether the passage answers (this relaxes the threshold
// only, never the ranking).
const CROSS_LANGUAGE_DISCOUNT = 0.75;
const CONCEPT_LEVEL = 0.9;
// However long the scene-setting, the sentence that asks decides: it holds three quarters of the say.
const ASKING_SHARE = 0.75;
const WEIGHT_FLOOR = 0.3;
const CROSS_REFERENCE = /^(?:(?:see|please see|read|consulta|consulte|ver|voir|veuillez consulter|siehe|lesen sie)\b|详见|详情请参阅|请参阅|请参见|参见)/iu;
const CROSS_REFERENCE_FACTOR = 0.6;

// When no passage is in the reply language, English is the likeliest to be understood.
const ENGLISH_FALLBACK_PREFERENCE = 0.03;

/** BM25's inverse document frequency over the units at hand: rare terms identify the answer. */
export function slotWeights(slots: readonly QuerySlot[], units: readonly IndexedUnit[]): number[] {
  const total = units.length;
  return slots.map((slot) => {
    // A term no passage contains weighs as much as one only a single passage contains: enough to
    // matter when the question is about it, not so much that one stray detail ("a fleece",
    // "in Poland") outweighs everything the passages do answer.
    const found = units.filter((indexed) => slotMatches(slot, indexed.features)).length;
    const frequency = Math.max(1, found);
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

// Matched and total weight, kept apart for the asking sentence and the context around it.
class Tally {
  private readonly matched = [0, 0];
  private readonly total = [0, 0];

  add(slot: QuerySlot, matched: number, total: number): void {
    const bucket = slot.context ? 1 : 0;
    this.matched[bucket] = (this.matched[bucket] ?? 0) + matched;
    this.total[bucket] = (this.total[bucket] ?? 0) + total;
  }

  share(): number {
    const [askMatched = 0, contextMatched = 0] = this.matched;
    const [askTotal = 0, contextTotal = 0] = this.total;
    if (askTotal === 0) return contextTotal > 0 ? contextMatched / contextTotal : 0;
    if (contextTotal === 0) return askMatched / askTotal;
    return ASKING_SHARE * (askMatched / askTotal) + (1 - ASKING_SHARE) * (contextMatched / contextTotal);
  }
}

function levelsFor(slots: readonly QuerySlot[], indexed: IndexedUnit): { own: ReturnType<typeof slotMatch>[]; levels: number[] } {
  const own = slots.map((slot) => slotMatch(slot, indexed.features));
  const raw = slots.map((slot, index) => {
    if (own[index] === "partial") return PARTIAL_LEVEL;
    if (own[index]) return 1;
    if (indexed.section && slotMatch(slot, indexed.section)) return indexed.opensSection ? OPENING_LEVEL : SECTION_LEVEL;
    if (slotMatch(slot, indexed.title)) return TITLE_LEVEL;
    return indexed.siblings && slotMatch(slot, indexed.siblings) ? SIBLING_LEVEL : 0;
  });
  // A word found without the neighbour it was written with is likely used in another sense.
  const position = new Map(slots.map((slot, index) => [slot.key, index]));
  const levels = raw.map((level, index) => {
    const alone = (slots[index]?.partners ?? []).some((key) => raw[position.get(key) ?? -1] === 0);
    return alone ? level * UNPAIRED_LEVEL : level;
  });
  return { own, levels };
}

/** Scores every unit against the question's slots. */
export function scoreUnits(
  slots: readonly QuerySlot[],
  units: readonly IndexedUnit[],
  languages: { question: ReplyLanguage | undefined; reply: ReplyLanguage },
): UnitScore[] {
  const weights = slotWeights(slots, units);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const sourceCount = Math.max(1, new Set(units.map((indexed) => indexed.source.rank)).size);
  return units.map((indexed) => {
    const crossLanguage = languages.question !== undefined && indexed.language !== languages.question;
    const { own, levels } = levelsFor(slots, indexed);
    const found = new Tally();
    const ownFound = new Tally();
    const ranked = new Tally();
    const rankedOwn = new Tally();
    let ownSlots = 0;
    let kinship = 0;
    let tieBreak = 0;
    const matched = slots.map((slot, index) => {
      const weight = weights[index] ?? 0;
      const ownMatch = own[index];
      const level = levels[index] ?? 0;
      if (slot.tieBreaker) {
        if (ownMatch) tieBreak += weight;
        return false;
      }
      if (slot.optional && level === 0) return false;
      const untranslatable = slot.kind === "word" || slot.kind === "cjk";
      const discounted = weight * (level === 0 && crossLanguage && untranslatable ? CROSS_LANGUAGE_DISCOUNT : 1);
      found.add(slot, weight * level, discounted);
      ownFound.add(slot, ownMatch ? weight * level : 0, discounted);
      // The passage's own word outranks a paraphrase of it.
      ranked.add(slot, weight * (ownMatch === "concept" ? CONCEPT_LEVEL * level : level), weight);
      // For ranking, what an opening sentence's heading matches is as good as its own words.
      const ownForRank = ownMatch !== undefined || (indexed.opensSection && level >= OPENING_LEVEL);
      rankedOwn.add(slot, ownForRank ? weight * level : 0, weight);
      if (ownForRank) ownSlots += 1;
      if (ownMatch !== "literal" && sharesPrefix(slot, indexed.features)) kinship += weight;
      return ownMatch !== undefined;
    });
    const words = wordCount(indexed.unit.text);
    const lengthFactor = words < 3 && indexed.unit.kind !== "list-item" ? 0.75 : words > 60 ? 0.9 : 1;
    // "See Exchanging an item." points elsewhere; it answers nothing itself.
    const pointer = CROSS_REFERENCE.test(indexed.unit.text) ? CROSS_REFERENCE_FACTOR : 1;
    const preference =
      1 +
      (indexed.language === languages.reply ? 0.1 : indexed.language === "en" ? ENGLISH_FALLBACK_PREFERENCE : 0) +
      0.03 * (1 - Math.min(indexed.source.rank, sourceCount) / sourceCount);
    const density = Math.min(1, ownSlots / Math.max(1, contentSize(indexed.features)));
    const hints = totalWeight > 0 ? 0.08 * (kinship / totalWeight) + 0.05 * Math.min(1, tieBreak / totalWeight) : 0;
    const score =
      ranked.share() * preference * lengthFactor * pointer + 0.05 * rankedOwn.share() + 0.04 * density + hints + 0.02 / (1 + indexed.sectionPosition);
    return { indexed, coverage: found.share(), ownCoverage: ownFound.share(), matched, score };
  });
}
