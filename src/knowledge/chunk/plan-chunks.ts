import { findBlocks } from "./find-blocks.ts";
import type { ChunkOptions } from "./hierarchical-chunker.ts";
import { groupSections } from "./group-sections.ts";
import { packParents } from "./pack-parents.ts";
import { createTokenCounter } from "./token-counter.ts";
import type { TextSpan } from "./text-span.ts";
import { windowChildren } from "./window-children.ts";
import type { ChildPlan } from "./window-children.ts";

/** Where a parent and its children sit in the text, before any text is copied out. */
export interface ChunkPlan extends TextSpan {
  heading?: string;
  children: ChildPlan[];
}

/** Lay out parents and child windows over `text` as offsets into it. */
export function planChunks(text: string, sizes: ChunkOptions): ChunkPlan[] {
  const count = createTokenCounter(text);
  const sections = groupSections(findBlocks(text));
  // A heading prefix may take about a sixth of a child, and never more than a short line.
  const prefixTokens = Math.max(1, Math.min(24, Math.floor(sizes.childTokens / 6)));
  const windowOptions = { childTokens: sizes.childTokens, overlapTokens: sizes.overlapTokens, prefixTokens };
  return packParents(text, sections, sizes.parentTokens, count).map((parent) => ({
    start: parent.start,
    end: parent.end,
    ...(parent.section.heading !== undefined ? { heading: parent.section.heading } : {}),
    children: windowChildren(text, parent, windowOptions, count),
  }));
}
