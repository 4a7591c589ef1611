export interface RankedList {
  /** Ids in rank order, best first. */
  ids: string[];
  weight?: number;
}

/**
 * Reciprocal-rank fusion: score(id) = Σ weight / (k + rank). Rank-based, so the retrievers' raw
 * scores (ts_rank and cosine distance) never need to be made comparable.
 */
export function reciprocalRankFusion(lists: RankedList[], k = 60): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  for (const list of lists) {
    const weight = list.weight ?? 1;
    list.ids.forEach((id, index) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + index + 1)));
  }
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
