import { setTimeout as sleep } from "node:timers/promises";
import type { ModelAnswer } from "./converse-types.ts";
import { isCjkChar } from "./text-folding.ts";
import { tokenWeight } from "./token-estimate.ts";

/** A piece of a streamed answer, independent of the wire format. */
export type AnswerPart =
  | { type: "text-start"; index: number }
  | { type: "text-delta"; index: number; text: string }
  | { type: "tool-start"; index: number; toolUseId: string; name: string }
  | { type: "tool-delta"; index: number; json: string }
  | { type: "block-end"; index: number };

/** Fixed artificial model latency. */
export interface ModelLatency {
  firstTokenMs: number;
  perTokenMs: number;
}

const CJK_PIECE = 4;
const LONG_WORD = 12;

/** Splits text into small deltas — a word with its trailing space, or a few CJK characters — that concatenate back to it. */
export function splitIntoDeltas(text: string): string[] {
  const deltas: string[] = [];
  for (const word of text.match(/\s+|\S+\s*/g) ?? []) {
    const characters = [...word];
    const cjk = characters.some(isCjkChar);
    const size = cjk ? CJK_PIECE : LONG_WORD;
    if (characters.length <= size) {
      deltas.push(word);
      continue;
    }
    for (let start = 0; start < characters.length; start += size) deltas.push(characters.slice(start, start + size).join(""));
  }
  return deltas;
}

function splitJson(json: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += 16) pieces.push(json.slice(start, start + 16));
  return pieces.length > 0 ? pieces : ["{}"];
}

/** The answer as a sequence of block starts, deltas and block ends. */
export function answerParts(answer: ModelAnswer): AnswerPart[] {
  const parts: AnswerPart[] = [];
  answer.content.forEach((block, index) => {
    if ("text" in block) {
      parts.push({ type: "text-start", index });
      for (const text of splitIntoDeltas(block.text)) parts.push({ type: "text-delta", index, text });
    } else {
      parts.push({ type: "tool-start", index, toolUseId: block.toolUse.toolUseId, name: block.toolUse.name });
      for (const json of splitJson(JSON.stringify(block.toolUse.input))) parts.push({ type: "tool-delta", index, json });
    }
    parts.push({ type: "block-end", index });
  });
  return parts;
}

function isDelta(part: AnswerPart): boolean {
  return part.type === "text-delta" || part.type === "tool-delta";
}

function deltaTokens(part: AnswerPart): number {
  if (part.type === "text-delta") return tokenWeight(part.text);
  return part.type === "tool-delta" ? tokenWeight(part.json) : 0;
}

/**
 * When each part is due, in ms after generation starts: the first delta after the first-token
 * latency, every later one after the per-token latency times the tokens generated before it.
 * Deltas are words, so pacing by their tokens keeps a model's tokens-per-second rate.
 */
export function partSchedule(parts: readonly AnswerPart[], latency: ModelLatency): number[] {
  let tokensBefore = 0;
  let due = 0;
  return parts.map((part) => {
    if (!isDelta(part)) return due;
    due = latency.firstTokenMs + latency.perTokenMs * tokensBefore;
    tokensBefore += deltaTokens(part);
    return due;
  });
}

/** How long the whole answer takes to "generate" under the configured latency. */
export function generationTime(parts: readonly AnswerPart[], latency: ModelLatency): number {
  return Math.max(0, ...partSchedule(parts, latency));
}

async function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    // Aborted: the client left; the caller checks the signal.
  }
}

/** Waits as long as generating the whole answer would take (for non-streaming operations). */
export async function waitForGeneration(parts: readonly AnswerPart[], latency: ModelLatency, signal: AbortSignal): Promise<void> {
  await wait(generationTime(parts, latency), signal);
}

/** Yields each part when it is due; the schedule is kept against the clock, so timer overhead does not add up. */
export async function* pacedParts(parts: readonly AnswerPart[], latency: ModelLatency, signal: AbortSignal): AsyncGenerator<AnswerPart> {
  const schedule = partSchedule(parts, latency);
  const started = performance.now();
  for (const [index, part] of parts.entries()) {
    if (signal.aborted) return;
    await wait((schedule[index] ?? 0) - (performance.now() - started), signal);
    if (signal.aborted) return;
    yield part;
  }
}
