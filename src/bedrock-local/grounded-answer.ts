import { selectPassages } from "./answer-selection.ts";
import type { QuotedPassage } from "./answer-selection.ts";
import { querySlots } from "./query-slots.ts";
import type { QuerySlot } from "./query-slots.ts";
import { ANSWERER_TEXTS, fillTemplate } from "./localized-texts.ts";
import { indexSources } from "./passage-index.ts";
import type { IndexedUnit } from "./passage-index.ts";
import { scoreUnits, slotWeights } from "./relevance-scorer.ts";
import type { PromptSource } from "./source-parser.ts";
import type { ReplyLanguage } from "./text-folding.ts";
import { isCjkChar } from "./text-folding.ts";

/** What the grounded answerer needs to know besides the sources. */
export interface GroundedQuestion {
  question: string;
  /** Earlier user questions, most recent first; a terse follow-up borrows their terms. */
  earlierQuestions: readonly string[];
  questionLanguage: ReplyLanguage | undefined;
  replyLanguage: ReplyLanguage;
}

type Languages = { question: ReplyLanguage | undefined; reply: ReplyLanguage };

// A follow-up such as "and to Austria?" names one or two things; the rest comes from the turn before.
const FOLLOW_UP_SLOTS = 2;
const EARLIER_TURN_IMPORTANCE = 0.4;
const MAX_PASSAGES = 4;

function slotsWithHistory(input: GroundedQuestion): QuerySlot[] {
  const slots = querySlots(input.question);
  const earlier = input.earlierQuestions[0];
  if (slots.length === 0 || slots.length > FOLLOW_UP_SLOTS || !earlier) return slots;
  const keys = new Set(slots.map((slot) => slot.key));
  const borrowed = querySlots(earlier)
    .filter((slot) => !keys.has(slot.key))
    .map((slot) => ({ ...slot, importance: slot.importance * EARLIER_TURN_IMPORTANCE, optional: true }));
  return [...slots, ...borrowed];
}

function withMarker(text: string, marker: string): string {
  const last = text.trimEnd().slice(-1);
  return isCjkChar(last) || /[。！？）」]/u.test(last) ? `${text.trimEnd()}${marker}` : `${text.trimEnd()} ${marker}`;
}

function formatPassage(passage: QuotedPassage): string {
  const marker = `[${passage.units[0]?.indexed.source.id ?? ""}]`;
  const hasList = passage.units.some((score) => score.indexed.unit.kind === "list-item");
  if (!hasList) return passage.units.map((score) => withMarker(score.indexed.unit.text, marker)).join(" ");
  const lines = passage.units.map((score) =>
    score.indexed.unit.kind === "list-item" ? score.indexed.unit.display.replace(/^[*•·▪◦–]\s+/u, "- ") : score.indexed.unit.text,
  );
  const lastIndex = lines.length - 1;
  lines[lastIndex] = withMarker(lines[lastIndex] ?? "", marker);
  return lines.join("\n");
}

function joinPassages(parts: string[]): string {
  return parts.reduce((text, part) => {
    if (!text) return part;
    const separator = part.includes("\n") || text.includes("\n") ? "\n" : " ";
    return `${text}${separator}${part}`;
  }, "");
}

function select(slots: QuerySlot[], units: IndexedUnit[], languages: Languages): QuotedPassage[] | undefined {
  return selectPassages(scoreUnits(slots, units, languages), slotWeights(slots, units));
}

function sameUnits(left: QuotedPassage, right: QuotedPassage): boolean {
  return left.units.some((unit) => right.units.some((other) => other.indexed === unit.indexed));
}

/**
 * A message that asks two things ("Do you ship to China? What does it cost?") gets an answer to
 * each: once the whole message clears the threshold, passages are also chosen per asking
 * sentence, with the scene-setting context shared, and put together.
 */
function selectForEachAsk(slots: QuerySlot[], units: IndexedUnit[], languages: Languages): QuotedPassage[] | undefined {
  // Whether the sources answer at all is decided on the whole message; the parts only add to it.
  const whole = select(slots, units, languages);
  const asks = [...new Set(slots.flatMap((slot) => (slot.ask === undefined ? [] : [slot.ask])))];
  if (!whole || asks.length < 2) return whole;
  const passages: QuotedPassage[] = [...whole.slice(0, 1)];
  for (const ask of asks) {
    const own = slots.filter((slot) => slot.ask === ask || slot.context || slot.ask === undefined);
    for (const passage of select(own, units, languages)?.slice(0, 2) ?? []) {
      if (!passages.some((known) => sameUnits(known, passage))) passages.push(passage);
    }
  }
  return passages.slice(0, MAX_PASSAGES);
}

/**
 * Answers from the sources by quoting the sentences that best match the question, each followed by
 * its source's citation marker; undefined when no sentence clears the answer threshold.
 */
export function answerFromSources(input: GroundedQuestion, sources: readonly PromptSource[]): string | undefined {
  if (sources.length === 0) return undefined;
  const slots = slotsWithHistory(input);
  if (slots.length === 0) return undefined;
  const units = indexSources(sources);
  const languages = { question: input.questionLanguage, reply: input.replyLanguage };
  const passages = selectForEachAsk(slots, units, languages);
  if (!passages) return undefined;
  const body = joinPassages(passages.map(formatPassage));
  const foreign = passages
    .map((passage) => passage.units[0]?.indexed.language)
    .find((language) => language !== undefined && language !== input.replyLanguage);
  if (!foreign) return body;
  const texts = ANSWERER_TEXTS[input.replyLanguage];
  return `${fillTemplate(texts.sourceNote, { language: texts.languageNames[foreign] })}\n${body}`;
}
