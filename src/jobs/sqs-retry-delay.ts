/** SQS refuses a visibility timeout beyond 12 hours. */
const sqsMaxVisibilitySeconds = 43_200;

/**
 * Seconds before a failed delivery is visible again: `base × 4^(attempt − 1)` (1 s, 4 s, 16 s … for
 * a 1 s base), capped. Whole seconds, because SQS takes visibility timeouts in whole seconds.
 */
export function sqsRetryDelaySeconds(attempt: number, baseSeconds: number, maxSeconds: number): number {
  const delay = baseSeconds * 4 ** Math.max(0, attempt - 1);
  return Math.ceil(Math.min(delay, maxSeconds, sqsMaxVisibilitySeconds));
}
