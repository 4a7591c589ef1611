import type { ChatMessage } from "../models/model-port.ts";
import type { StoredMessage } from "./conversation-store.ts";

/**
 * Turns stored history into Converse messages: agents speak as the assistant, consecutive
 * messages of one role merge (Converse requires alternating roles), and it starts with the user.
 */
export function buildModelMessages(history: Array<Pick<StoredMessage, "role" | "text">>, latest: ChatMessage): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const add = (message: ChatMessage) => {
    const last = messages[messages.length - 1];
    if (last && last.role === message.role) last.content = [...last.content, ...message.content];
    else messages.push({ role: message.role, content: [...message.content] });
  };
  for (const message of history) {
    if (message.role === "system" || !message.text.trim()) continue;
    if (messages.length === 0 && message.role !== "user") continue;
    add({ role: message.role === "user" ? "user" : "assistant", content: [{ text: message.text }] });
  }
  add(latest);
  return messages;
}
