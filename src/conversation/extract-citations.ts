import type { SearchResult } from "../knowledge/hybrid-search.ts";
import type { Citation } from "./conversation-store.ts";

/** Citations for the `[n]` markers an answer uses, in order of first use; unknown numbers are ignored. */
export function extractCitations(answer: string, sources: SearchResult[]): Citation[] {
  const citations: Citation[] = [];
  const seen = new Set<number>();
  for (const match of answer.matchAll(/\[(\d{1,2})\]/g)) {
    const index = Number(match[1]);
    const source = sources[index - 1];
    if (!source || seen.has(index)) continue;
    seen.add(index);
    citations.push({
      index,
      documentId: source.documentId,
      externalId: source.externalId,
      title: source.title,
      chunkId: source.chunkId,
      score: Number(source.score.toFixed(6)),
      url: `/kb/${source.documentId}`,
    });
  }
  return citations;
}
