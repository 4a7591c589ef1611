import type { HistoryTurn } from "./escalation-types.ts";

/** Assistant answers in a row, ending with the current one, that said they had no answer. */
export function countUnansweredTurns(history: readonly HistoryTurn[], answer: { noAnswer: boolean } | undefined): number {
  if (answer?.noAnswer !== true) return 0;
  let count = 1;
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const turn = history[index];
    if (turn.role === "user") continue;
    if (turn.role !== "assistant" || turn.noAnswer !== true) break;
    count += 1;
  }
  return count;
}
