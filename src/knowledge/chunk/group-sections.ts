import type { Block } from "./find-blocks.ts";
import type { TextSpan } from "./text-span.ts";

/** A heading with the blocks under it, or the blocks before the first heading. */
export interface Section extends TextSpan {
  heading?: string;
  /** Where the text after the heading line(s) begins; equals `start` when there is no heading. */
  bodyStart: number;
  blocks: Block[];
}

/** Group blocks into sections; consecutive headings share one section, named by the last of them. */
export function groupSections(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const block of blocks) {
    const headingOnly = current !== undefined && current.bodyStart === current.end && current.heading !== undefined;
    if (block.heading !== undefined && current && headingOnly) {
      current.heading = block.heading;
      current.blocks.push(block);
      current.end = block.end;
      current.bodyStart = block.end;
    } else if (block.heading !== undefined || !current) {
      current = {
        start: block.start,
        end: block.end,
        heading: block.heading,
        bodyStart: block.heading !== undefined ? block.end : block.start,
        blocks: [block],
      };
      sections.push(current);
    } else {
      current.blocks.push(block);
      current.end = block.end;
    }
  }
  return sections;
}
