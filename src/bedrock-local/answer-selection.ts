import type { UnitScore } from "./relevance-scorer.ts";
import { foldCase, stripAccents, tokenize } from "./text-folding.ts";

/** Consecutive units of one source that the answer quotes together. */
export interface QuotedPassage {
  units: UnitScore[];
}

/**
 * The answer threshold. A sentence answers only when its own words, its heading and its source
 * title together cover at least this share of the question's weighted terms. Weights are inverse
 * document frequencies over the retrieved passages, and a term found in no passage at all weighs
 * the most: a question about something the passages never mention leaves its most telling term
 * uncovered and falls below the line, while a paraphrase still meets the passages through shared
 * stems and concepts.
 */
export const ANSWER_THRESHOLD = 0.5;
/** The sentence itself must carry part of the match, unless it opens the section its heading matches. */
export const OWN_EVIDENCE_THRESHOLD = 0.2;

const MAX_SENTENCES = 3;
const TIE = 0.97;
const MAX_LIST_ITEMS = 8;
// Sentences that lean on the one before them.
const ANAPHORIC_START =
  /^(?:this|that|these|those|it|they|such|however|otherwise|esto|esta|este|eso|estos|estas|sin embargo|cela|ceci|ce|ils|elles|cependant|dies|diese|dieser|dieses|das|es|sie|jedoch|这|该|此|但|不过)\b/iu;

function isAnswerKind(score: UnitScore): boolean {
  const { kind, text } = score.indexed.unit;
  if (kind !== "sentence" && kind !== "list-item") return false;
  const tokens = tokenize(text);
  const cjkLength = tokens.filter((token) => token.cjk).reduce((sum, token) => sum + token.key.length, 0);
  // A list item is quoted with the sentence introducing its list, so one word ("PayPal") is enough.
  return kind === "list-item" || tokens.length >= 2 || cjkLength >= 4;
}

/** True when a unit clears the threshold: enough of the question covered, enough of it in the unit itself. */
export function answers(score: UnitScore): boolean {
  if (!isAnswerKind(score) || score.coverage < ANSWER_THRESHOLD) return false;
  return score.ownCoverage >= OWN_EVIDENCE_THRESHOLD || score.indexed.opensSection;
}

function normalized(text: string): string {
  return stripAccents(foldCase(text)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function endsWithColon(score: UnitScore | undefined): boolean {
  return score !== undefined && /[:：]\s*$/.test(score.indexed.unit.text);
}

/** The list a unit belongs to (or introduces), with the sentence that introduces it. */
function listAround(sourceUnits: UnitScore[], position: number): UnitScore[] {
  const unit = sourceUnits[position];
  if (!unit) return [];
  let first = position;
  let last = position;
  if (unit.indexed.unit.kind === "list-item") {
    const block = unit.indexed.unit.block;
    const inList = (candidate: UnitScore | undefined): boolean =>
      candidate?.indexed.unit.kind === "list-item" && candidate.indexed.unit.block === block;
    while (inList(sourceUnits[first - 1])) first -= 1;
    while (inList(sourceUnits[last + 1])) last += 1;
    if (endsWithColon(sourceUnits[first - 1])) first -= 1;
  } else {
    while (sourceUnits[last + 1]?.indexed.unit.kind === "list-item") last += 1;
  }
  const units = sourceUnits.slice(first, last + 1);
  const items = units.filter((candidate) => candidate.indexed.unit.kind === "list-item");
  if (items.length <= MAX_LIST_ITEMS) return units;
  // A long list: keep the introduction and the items that match.
  return units.filter(
    (candidate) => candidate.indexed.unit.kind !== "list-item" || candidate === unit || candidate.ownCoverage > 0,
  ).slice(0, MAX_LIST_ITEMS + 1);
}

function newEvidence(candidate: UnitScore, chosen: readonly UnitScore[], weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const added = candidate.matched.reduce(
    (sum, hit, index) => sum + (hit && !chosen.some((score) => score.matched[index]) ? (weights[index] ?? 0) : 0),
    0,
  );
  return total > 0 ? added / total : 0;
}

function sentencesAround(sourceUnits: UnitScore[], position: number, best: UnitScore, weights: readonly number[]): UnitScore[] {
  const chosen = [best];
  const sameBlock = (candidate: UnitScore | undefined): candidate is UnitScore =>
    candidate !== undefined && candidate.indexed.unit.kind === "sentence" && candidate.indexed.unit.block === best.indexed.unit.block;
  const previous = sourceUnits[position - 1];
  if (
    sameBlock(previous) &&
    (ANAPHORIC_START.test(best.indexed.unit.text) ||
      (previous.ownCoverage > 0 && previous.score >= 0.6 * best.score) ||
      newEvidence(previous, chosen, weights) >= 0.25)
  ) {
    chosen.unshift(previous);
  }
  const next = sourceUnits[position + 1];
  const shortOpening = best.indexed.opensSection && tokenize(best.indexed.unit.text).length <= 4; // "Yes." "No, sorry."
  // The next sentence continues the answer when it matches nearly as well or names a part of the
  // question the best one leaves out ("we inspect it in 3 days." + "The refund appears in 5–7 days.").
  if (
    sameBlock(next) &&
    (shortOpening || (next.ownCoverage > 0 && next.score >= 0.45 * best.score) || newEvidence(next, chosen, weights) >= 0.15)
  ) {
    chosen.push(next);
  }
  return chosen;
}

/**
 * Picks what the answer quotes: the best unit that clears the threshold, the sentences around it
 * that continue it, the list it introduces or belongs to, and a sentence from another source when
 * that one covers part of the question the first does not. Undefined when nothing answers.
 */
export function selectPassages(scores: readonly UnitScore[], weights: readonly number[]): QuotedPassage[] | undefined {
  const ranked = scores.filter(answers).sort((left, right) => right.score - left.score);
  const best = ranked[0];
  if (!best) return undefined;

  const sourceUnits = scores.filter((score) => score.indexed.source === best.indexed.source);
  const position = sourceUnits.indexOf(best);
  const introducesList = endsWithColon(best) && sourceUnits[position + 1]?.indexed.unit.kind === "list-item";
  const first =
    best.indexed.unit.kind === "list-item" || introducesList
      ? listAround(sourceUnits, position)
      : sentencesAround(sourceUnits, position, best, weights);
  const passages: QuotedPassage[] = [{ units: first }];

  const seen = first.map((score) => normalized(score.indexed.unit.text));
  const covered = new Set<number>();
  for (const score of first) score.matched.forEach((hit, index) => hit && covered.add(index));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  let sentences = first.filter((score) => score.indexed.unit.kind === "sentence").length;
  for (const candidate of ranked.slice(1)) {
    if (sentences >= MAX_SENTENCES || candidate.score < 0.85 * best.score) break;
    if (candidate.indexed.language !== best.indexed.language) continue;
    if (candidate.indexed.unit.kind !== "sentence") continue;
    const sameSource = candidate.indexed.source === best.indexed.source;
    if (sameSource && first.some((score) => score.indexed.unit.block === candidate.indexed.unit.block)) continue;
    const text = normalized(candidate.indexed.unit.text);
    if (seen.some((known) => known.includes(text) || text.includes(known))) continue;
    const added = candidate.matched.reduce((sum, hit, index) => sum + (hit && !covered.has(index) ? (weights[index] ?? 0) : 0), 0);
    // A tie means the words cannot tell which sentence answers, so both are quoted; a close
    // second is quoted only when it covers a part of the question the others do not.
    const tie = candidate.score >= TIE * best.score && best.matched.every((hit, index) => !hit || candidate.matched[index]);
    if (!tie && added < 0.2 * totalWeight) continue;
    passages.push({ units: [candidate] });
    seen.push(text);
    candidate.matched.forEach((hit, index) => hit && covered.add(index));
    sentences += 1;
  }
  return passages;
}
