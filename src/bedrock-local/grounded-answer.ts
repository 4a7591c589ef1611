import { selectPassages } from "./answer-selection.ts";
import type { QuotedPassage } from "./answer-selection.ts";
import { querySlots } from "./lexical-features.ts";
import type { QuerySlot } from "./lexical-features.ts";
import { ANSWERER_TEXTS, fillTemplate } from "./localized-texts.ts";
import { indexSources, scoreUnits, slotWeights } from "./relevance-scorer.ts";
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

// A follow-up such as "and to Austria?" names one or two things; the rest comes from the turn before.
const FOLLOW_UP_SLOTS = 2;
const EARLIER_TURN_IMPORTANCE = 0.4;

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
  const scores = scoreUnits(slots, units, languages);
  const passages = selectPassages(scores, slotWeights(slots, units));
  if (!passages) return undefined;
  const body = joinPassages(passages.map(formatPassage));
  const foreign = passages
    .map((passage) => passage.units[0]?.indexed.language)
    .find((language) => language !== undefined && language !== input.replyLanguage);
  if (!foreign) return body;
  const texts = ANSWERER_TEXTS[input.replyLanguage];
  return `${fillTemplate(texts.sourceNote, { language: texts.languageNames[foreign] })}\n${body}`;
}
