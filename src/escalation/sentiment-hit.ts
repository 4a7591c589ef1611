/** One word or phrase that moved the sentiment, with its final valence, at [start, end) of the folded text. */
export interface SentimentHit {
  start: number;
  end: number;
  valence: number;
}

/** Scales a valence under negation: "not happy" is clearly negative, "not angry" only mildly positive. */
export function negateValence(valence: number): number {
  return valence > 0 ? valence * -0.6 : valence * -0.2;
}

/** VADER's weighting around a contrast word: what comes after "but" counts for more. */
export function weighContrast(hits: SentimentHit[], contrastAt: number | undefined): SentimentHit[] {
  if (contrastAt === undefined) return hits;
  return hits.map((hit) => ({ ...hit, valence: hit.valence * (hit.start < contrastAt ? 0.5 : 1.5) }));
}
