import type { Queryable } from "../../storage/database.ts";
import { appendMessage, listMessages } from "../conversation-store.ts";
import type { TurnStep } from "../turn-context.ts";

/**
 * Step 1: loads the history, then stores the customer's message before any model work, so it is
 * never lost. It runs after the input guardrail, so what is stored is the guarded text.
 */
export function recordUserMessage(db: Queryable): TurnStep {
  return async (context) => {
    context.history = await listMessages(db, context.conversation.id);
    context.userMessage = await appendMessage(db, {
      id: context.userMessageId,
      conversationId: context.conversation.id,
      role: "user",
      text: context.storedUserText ?? context.userText,
      language: context.language,
    });
    context.emit({ type: "turn.started", conversationId: context.conversation.id, messageId: context.assistantMessageId });
  };
}
