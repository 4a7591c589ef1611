/**
 * Noisy-or combination: independent pieces of evidence raise confidence without ever reaching
 * certainty, and the order they are found in does not matter.
 */
export function combineScores(scores: readonly number[]): number {
  let remaining = 1;
  for (const score of scores) remaining *= 1 - Math.min(Math.max(score, 0), 1);
  return 1 - remaining;
}

/** Clamps to [0, 1] and rounds to two decimals for reporting. */
export function roundScore(score: number): number {
  return Math.round(Math.min(Math.max(score, 0), 1) * 100) / 100;
}
