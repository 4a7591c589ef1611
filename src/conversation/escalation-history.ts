import type { HistoryTurn } from "../escalation/escalation-types.ts";
import type { StoredMessage } from "./conversation-store.ts";

/** The stored messages as the escalation checks read them. */
export function toHistoryTurns(messages: readonly StoredMessage[]): HistoryTurn[] {
  return messages
    .filter((message): message is StoredMessage & { role: HistoryTurn["role"] } => message.role !== "system")
    .map((message) => ({
      role: message.role,
      text: message.text,
      ...(message.noAnswer ? { noAnswer: true } : {}),
      ...(message.sentiment === undefined ? {} : { sentiment: message.sentiment }),
    }));
}
