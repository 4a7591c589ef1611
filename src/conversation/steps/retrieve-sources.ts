import type { KnowledgeBase } from "../../knowledge/knowledge-base.ts";
import { preferredRegions } from "../region-preference.ts";
import { needsAnswer, type TurnStep } from "../turn-context.ts";

// Follow-ups such as "and for Germany?" carry too little to retrieve on; below this many words the
// previous question is searched together with them.
const shortFollowUpWords = 6;

/** Step 6: hybrid retrieval for the question, preferring the customer's language and region. */
export function retrieveSources(knowledgeBase: KnowledgeBase, options: { limit: number }): TurnStep {
  return async (context) => {
    if (!needsAnswer(context)) return;
    const previousQuestion = [...context.history].reverse().find((message) => message.role === "user");
    const isShort = context.userText.trim().split(/\s+/).length < shortFollowUpWords;
    const query = isShort && previousQuestion ? `${previousQuestion.text}\n${context.userText}` : context.userText;
    context.sources = await knowledgeBase.search(query, {
      queryLanguage: context.language,
      prefer: { lang: context.language, regions: preferredRegions(context.conversation.customer.country) },
      limit: options.limit,
    });
  };
}
