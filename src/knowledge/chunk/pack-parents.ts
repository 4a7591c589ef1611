import type { Section } from "./group-sections.ts";
import { refineSpan } from "./refine-span.ts";
import type { TextSpan } from "./text-span.ts";
import type { TokenCounter } from "./token-counter.ts";

/** A piece of a parent: a block (or part of one) and the section it sits in. */
export interface ParentPiece extends TextSpan {
  section: Section;
}

export interface ParentPlan extends TextSpan {
  /** The section the parent starts in. */
  section: Section;
  pieces: ParentPiece[];
}

/**
 * Pack whole sections into parents of at most `limit` tokens. A section joins the current parent
 * only if all of it fits; a section too big for any parent starts a new parent and is packed block
 * by block, and a block too big for a parent is cut at sentences first.
 */
export function packParents(text: string, sections: Section[], limit: number, count: TokenCounter): ParentPlan[] {
  const parents: ParentPlan[] = [];
  let current: ParentPlan | undefined;

  const add = (pieces: ParentPiece[]) => {
    const last = pieces[pieces.length - 1];
    if (current && count(current.start, last.end) <= limit) {
      current.pieces.push(...pieces);
      current.end = last.end;
      return;
    }
    current = { start: pieces[0].start, end: last.end, section: pieces[0].section, pieces: [...pieces] };
    parents.push(current);
  };

  for (const section of sections) {
    const blocks = section.blocks.map((block) => ({ start: block.start, end: block.end, section }));
    if (count(section.start, section.end) <= limit) {
      add(blocks);
      continue;
    }
    // A section that needs several parents starts a fresh one rather than trailing unrelated text.
    current = undefined;
    for (const block of blocks) {
      for (const piece of refineSpan(text, block, limit, count)) add([{ ...piece, section }]);
    }
  }
  return parents;
}
