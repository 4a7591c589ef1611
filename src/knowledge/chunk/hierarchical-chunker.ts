import { estimateTokens } from "./estimate-tokens.ts";
import { planChunks } from "./plan-chunks.ts";

export { estimateTokens } from "./estimate-tokens.ts";

/** Sizes in estimated tokens (see estimate-tokens.ts). */
export interface ChunkOptions {
  parentTokens: number;
  childTokens: number;
  overlapTokens: number;
}

export const defaultChunkOptions: ChunkOptions = { parentTokens: 1500, childTokens: 300, overlapTokens: 60 };

/** A small passage that is embedded and searched; `index` counts from 0 within its parent. */
export interface ChildChunk {
  index: number;
  text: string;
  tokenCount: number;
}

/** A larger passage handed to the model once one of its children matches a query. */
export interface ParentChunk {
  index: number;
  text: string;
  tokenCount: number;
  heading?: string;
  children: ChildChunk[];
}

/**
 * Split document text into parents of whole sections and paragraphs, each covered by overlapping
 * child windows. Parent text and child text (after its optional heading prefix) are verbatim
 * slices of the text, so every character lands in at least one child.
 */
export function chunkDocument(text: string, options: Partial<ChunkOptions> = {}): ParentChunk[] {
  const sizes = validateOptions({ ...defaultChunkOptions, ...options });
  // Offsets refer to this normalised copy; parsed documents already use \n only.
  const source = text.replace(/\r\n?/g, "\n");
  return planChunks(source, sizes).map((parent, parentIndex) => {
    const parentText = source.slice(parent.start, parent.end);
    const chunk: ParentChunk = {
      index: parentIndex,
      text: parentText,
      tokenCount: estimateTokens(parentText),
      children: parent.children.map((child, childIndex) => {
        const childText = child.prefix + source.slice(child.start, child.end);
        return { index: childIndex, text: childText, tokenCount: estimateTokens(childText) };
      }),
    };
    if (parent.heading !== undefined) chunk.heading = parent.heading;
    return chunk;
  });
}

function validateOptions(options: ChunkOptions): ChunkOptions {
  const { parentTokens, childTokens, overlapTokens } = options;
  const whole = (value: number) => Number.isInteger(value) && value >= 0;
  if (!whole(parentTokens) || !whole(childTokens) || !whole(overlapTokens) || childTokens < 1) {
    throw new RangeError(`Chunk sizes must be whole numbers of tokens (got ${JSON.stringify(options)})`);
  }
  if (childTokens > parentTokens) {
    throw new RangeError(`childTokens (${childTokens}) cannot exceed parentTokens (${parentTokens})`);
  }
  if (overlapTokens >= childTokens) {
    throw new RangeError(`overlapTokens (${overlapTokens}) must be smaller than childTokens (${childTokens})`);
  }
  return options;
}
