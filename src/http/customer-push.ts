import type { ConversationPush } from "../conversation/conversation-event-bus.ts";
import { attachmentView } from "./routes/attachment-routes.ts";
import { messageView } from "./routes/conversation-routes.ts";

/** What the customer's open socket or stream sees of a conversation event; undefined for what is not theirs. */
export function customerPush(event: ConversationPush): { type: string; [key: string]: unknown } | undefined {
  if (event.type === "agent.message") return { type: "agent.message", message: messageView(event.message) };
  if (event.type === "conversation.status") return { type: "conversation.status", status: event.status };
  if (event.type === "attachment.status") return { type: "attachment.status", attachment: attachmentView(event.attachment) };
  // That a person is writing, not who: agents' names stay inside the team.
  if (event.type === "typing" && event.from === "agent") return { type: "typing", from: "agent" };
  // The customer's own messages come back to the desk, not to the customer; notes and claims are the team's.
  return undefined;
}
