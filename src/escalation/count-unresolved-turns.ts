import type { Language } from "../i18n/language.ts";
import { detectResolution } from "./detect-resolution.ts";
import type { HistoryTurn } from "./escalation-types.ts";

/**
 * Customer messages since the problem was last settled, the current one included: the count
 * starts again after a message saying it is solved (or only thanking) and after a human agent
 * has spoken. Without such a signal every message counts, since a chat cannot know otherwise.
 */
export function countUnresolvedTurns(history: readonly HistoryTurn[], text: string, language?: Language, enough = Number.POSITIVE_INFINITY): number {
  if (detectResolution(text, language).matched) return 0;
  let count = 1;
  // Past `enough` the answer is the same, so long conversations are not read to the start.
  for (let index = history.length - 1; index >= 0 && count < enough; index -= 1) {
    const turn = history[index];
    if (turn.role === "agent") break;
    if (turn.role !== "user") continue;
    if (detectResolution(turn.text, language).matched) break;
    count += 1;
  }
  return count;
}
