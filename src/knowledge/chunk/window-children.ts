import { estimateTokens } from "./estimate-tokens.ts";
import type { ParentPlan } from "./pack-parents.ts";
import type { Section } from "./group-sections.ts";
import { refineSpan } from "./refine-span.ts";
import { splitSentences } from "./split-sentences.ts";
import { splitWords } from "./split-words.ts";
import type { TextSpan } from "./text-span.ts";
import type { TokenCounter } from "./token-counter.ts";

export interface ChildPlan extends TextSpan {
  /** Short heading prefix ("Returns policy — ") when the child does not contain its heading. */
  prefix: string;
}

export interface WindowOptions {
  childTokens: number;
  overlapTokens: number;
  /** Token budget kept for the heading prefix; longer headings are shortened to fit. */
  prefixTokens: number;
}

interface Unit extends TextSpan {
  section: Section;
  opensSection: boolean;
}

/**
 * Slide windows of about `childTokens` over a parent's sentences. Each window after the first
 * repeats the last sentences of the one before (about `overlapTokens`), or its last words when a
 * single sentence is longer than that; a new section starts a fresh window once the current one
 * is half full, without overlap, so that children stay on one topic.
 */
export function windowChildren(text: string, parent: ParentPlan, options: WindowOptions, count: TokenCounter): ChildPlan[] {
  const { childTokens, overlapTokens } = options;
  // Room for the overlap, a heading prefix and rounding, so any sentence fits in a window with both.
  const unitLimit = Math.max(1, childTokens - overlapTokens - options.prefixTokens - 1);
  const units: Unit[] = parent.pieces.flatMap((piece) =>
    splitSentences(text, piece)
      .flatMap((sentence) => refineSpan(text, sentence, unitLimit, count))
      .map((span) => ({ ...span, section: piece.section, opensSection: span.start === piece.section.start })),
  );

  const prefixes = new Map<Section, string>();
  const prefixAt = (start: number): string => {
    const section = units[unitIndexAt(units, start)].section;
    if (section.heading === undefined || start < section.bodyStart) return "";
    let prefix = prefixes.get(section);
    if (prefix === undefined) {
      prefix = headingPrefix(section.heading, options.prefixTokens);
      prefixes.set(section, prefix);
    }
    return prefix;
  };

  const children: ChildPlan[] = [];
  let first = 0;
  let start = units[0].start;
  while (first < units.length) {
    // The overlap is a courtesy: it gives way if the next sentence would not fit beside it.
    if (count(start, units[first].end) + estimateTokens(prefixAt(start)) > childTokens) start = units[first].start;
    const prefix = prefixAt(start);
    const budget = childTokens - estimateTokens(prefix);
    let last = first;
    while (last + 1 < units.length) {
      const next = units[last + 1];
      if (next.opensSection && count(start, units[last].end) >= childTokens / 2) break;
      if (count(start, next.end) > budget) break;
      last++;
    }
    children.push({ start, end: units[last].end, prefix });
    if (last + 1 >= units.length) break;
    const next = units[last + 1];
    const fits = (candidate: number) => count(candidate, next.end) + estimateTokens(prefixAt(candidate)) <= childTokens;
    start = next.opensSection ? next.start : (overlapStart(text, units, first, last, start, overlapTokens, count, fits) ?? next.start);
    first = last + 1;
  }
  return children;
}

/** Index of the unit containing an offset (the last unit starting at or before it). */
function unitIndexAt(units: Unit[], offset: number): number {
  let low = 0;
  let high = units.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (units[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Where the overlap carried into the next window begins, or undefined when none fits: the last
 * whole sentences within `overlapTokens`; else the last sentence if it is at most half as long
 * again; else the last words of it.
 */
function overlapStart(
  text: string,
  units: Unit[],
  first: number,
  last: number,
  windowStart: number,
  overlapTokens: number,
  count: TokenCounter,
  fits: (start: number) => boolean,
): number | undefined {
  const end = units[last].end;
  // The next window must start after this one does, or windows would never advance.
  const usable = (candidate: number) => candidate > windowStart && fits(candidate);
  let best: number | undefined;
  for (let index = last; index >= first; index--) {
    const candidate = units[index].start;
    if (count(candidate, end) > overlapTokens || !usable(candidate)) break;
    best = candidate;
  }
  if (best !== undefined) return best;
  const lastSentence = units[last].start;
  if (count(lastSentence, end) <= overlapTokens * 1.5 && usable(lastSentence)) return lastSentence;
  const words = splitWords(text, { start: lastSentence, end });
  return words.find((word) => count(word.start, end) <= overlapTokens && usable(word.start))?.start;
}

function headingPrefix(heading: string, maximumTokens: number): string {
  const separator = " — ";
  let label = heading.trim();
  if (estimateTokens(label + separator) <= maximumTokens) return label + separator;
  const characters = Array.from(label);
  while (characters.length > 1) {
    characters.pop();
    label = `${characters.join("").trimEnd()}…`;
    if (estimateTokens(label + separator) <= maximumTokens) return label + separator;
  }
  return "";
}
