import type { ConversationPush } from "../conversation/conversation-event-bus.ts";
import { messageView } from "./routes/conversation-routes.ts";

/** What the customer's open socket or stream sees of a conversation event; undefined for what is not theirs. */
export function customerPush(event: ConversationPush): { type: string; [key: string]: unknown } | undefined {
  if (event.type === "agent.message") return { type: "agent.message", message: messageView(event.message) };
  if (event.type === "conversation.status") return { type: "conversation.status", status: event.status };
  // The customer's own messages come back to the desk, not to the customer.
  return undefined;
}
