import type { UnitScore } from "./relevance-scorer.ts";
import { foldCase, stripAccents, tokenize } from "./text-folding.ts";

/** Consecutive units of one source that the answer quotes together. */
export interface QuotedPassage {
  units: UnitScore[];
}

/**
 * The answer threshold: the share of the question a sentence must cover to be an answer.
 *
 * Every term of the question is weighted by its inverse document frequency over the retrieved
 * passages (plus a floor, so the shared topic still counts); a term no passage contains weighs as
 * much as one a single passage contains. A sentence covers a term with its own words (fully), its
 * heading or FAQ question (the first sentence under it fully, later ones 0.7), its source title
 * (0.5) or its list (0.4); a word found without the neighbour it was written with ("delivery
 * address" vs "e-mail address") counts 0.6. The sentence that asks weighs three times the
 * sentences that set the scene, however long those are. Questions about something the passages
 * never mention ("do you sell bicycles", "military discount") leave their telling term uncovered
 * and stay below the line; paraphrases meet the passages through stems and the concept lexicon.
 * The value was chosen where unanswerable questions fall off on a labelled multilingual set.
 */
export const ANSWER_THRESHOLD = 0.35;
/** The sentence itself must carry part of the match, unless it opens the section its heading matches. */
export const OWN_EVIDENCE_THRESHOLD = 0.2;

const MAX_SENTENCES = 3;
const TIE = 0.97;
const NEW_FIGURE_SHARE = 0.75;
const CLOSE_SECOND = 0.85;
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

function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)?/g) ?? [];
}

function bringsNewNumber(candidate: UnitScore, passages: readonly QuotedPassage[]): boolean {
  const known = new Set(passages.flatMap((passage) => passage.units.flatMap((score) => numbersIn(score.indexed.unit.text))));
  return numbersIn(candidate.indexed.unit.text).some((number) => !known.has(number));
}

function endsWithColon(score: UnitScore | undefined): boolean {
  return score !== undefined && /[:：]\s*$/.test(score.indexed.unit.text);
}

function introducesList(score: UnitScore | undefined): boolean {
  return score?.indexed.unit.kind === "table-header" || (score?.indexed.unit.kind === "sentence" && endsWithColon(score));
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
    if (introducesList(sourceUnits[first - 1])) first -= 1;
  } else {
    while (sourceUnits[last + 1]?.indexed.unit.kind === "list-item") last += 1;
  }
  const units = sourceUnits.slice(first, last + 1);
  const items = units.filter((candidate) => candidate.indexed.unit.kind === "list-item");
  const intro = units[0]?.indexed.unit.kind !== "list-item" ? units[0] : undefined;
  const matching = items.filter((candidate) => candidate === unit || (candidate.ownCoverage > 0 && candidate.score >= 0.6 * unit.score)).slice(0, 3);
  // A bare list (no "We accept:" before it) is a set of separate statements: quote the ones that
  // match. A table's header stays with the rows it explains.
  if (!intro) return matching;
  if (intro.indexed.unit.kind === "table-header") return [intro, ...matching];
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
    if (sentences >= MAX_SENTENCES || candidate.score < NEW_FIGURE_SHARE * best.score) break;
    if (candidate.indexed.language !== best.indexed.language) continue;
    if (candidate.indexed.unit.kind !== "sentence" && candidate.indexed.unit.kind !== "list-item") continue;
    const sameSource = candidate.indexed.source === best.indexed.source;
    if (sameSource && first.some((score) => score.indexed.unit.block === candidate.indexed.unit.block)) continue;
    const text = normalized(candidate.indexed.unit.text);
    if (seen.some((known) => known.includes(text) || text.includes(known))) continue;
    const added = candidate.matched.reduce((sum, hit, index) => sum + (hit && !covered.has(index) ? (weights[index] ?? 0) : 0), 0);
    // A tie means the words cannot tell which sentence answers, so both are quoted; a close
    // second is quoted only when it covers a part of the question the others do not.
    const tie = candidate.score >= TIE * best.score && best.matched.every((hit, index) => !hit || candidate.matched[index]);
    // Help articles state their facts as numbers (days, prices): a close second that brings a new
    // one ("14 days" and "45 days") likely answers another reading of the question.
    const newFigure = candidate.score >= NEW_FIGURE_SHARE * best.score && answers(candidate) && bringsNewNumber(candidate, passages);
    const complementary = candidate.score >= CLOSE_SECOND * best.score && added >= 0.2 * totalWeight;
    if (!tie && !newFigure && !complementary) continue;
    passages.push({ units: [candidate] });
    seen.push(text);
    candidate.matched.forEach((hit, index) => hit && covered.add(index));
    sentences += 1;
  }
  return passages;
}
