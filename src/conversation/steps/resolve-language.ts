import type { Queryable } from "../../storage/database.ts";
import { resolveConversationLanguage } from "../../i18n/conversation-language.ts";
import { normalizeLanguage } from "../../i18n/language.ts";
import { setConversationLanguage } from "../conversation-store.ts";
import type { TurnStep } from "../turn-context.ts";

/** Step 3: the conversation keeps its language unless the customer clearly switches. */
export function resolveLanguage(db: Queryable): TurnStep {
  return async (context) => {
    const current = normalizeLanguage(context.conversation.language ?? undefined);
    const language = resolveConversationLanguage({ current, text: context.userText });
    context.language = language;
    if (language !== context.conversation.language) {
      await setConversationLanguage(db, context.conversation.id, language);
      context.conversation.language = language;
    }
  };
}
