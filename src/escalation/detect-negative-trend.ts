import type { DetectorResult } from "./detector-result.ts";
import { noMatch } from "./detector-result.ts";

export interface TrendOptions {
  /** How many of the latest scores, the current one included, the trend is read over. */
  turns: number;
  /** The drop from the first to the last of them that counts as a downward trend (negative). */
  dropBelow: number;
}

// A step back up by more than this breaks the trend: the customer calmed down in between.
const recoveryTolerance = 0.1;

/**
 * A steady slide over the last turns that ends negative, e.g. 0.1 → -0.2 → -0.5; a single dip
 * is left to the very-negative trigger. `score` is the drop (negative), `evidence` the scores.
 */
export function detectNegativeTrend(scores: readonly number[], options: TrendOptions): DetectorResult {
  if (scores.length < options.turns) return noMatch;
  const window = scores.slice(-options.turns);
  const first = window[0];
  const last = window[window.length - 1];
  const drop = last - first;
  const steady = window.every((score, index) => index === 0 || score - window[index - 1] <= recoveryTolerance);
  if (!steady || last >= 0 || drop > options.dropBelow) return noMatch;
  return { matched: true, score: Math.round(drop * 100) / 100, evidence: window.map((score) => score.toFixed(2)).join(" → ") };
}
