import type { Queryable } from "../../storage/database.ts";
import { markCachedAnswer } from "../response-cache/mark-cached-answer.ts";
import { whyNotStore } from "../response-cache/response-cache-eligibility.ts";
import type { TurnStep } from "../turn-context.ts";
import type { ResponseCacheDependencies } from "./answer-from-cache.ts";

/**
 * After persisting (10): a cached answer is marked on its stored message; a fresh answer that is
 * safe to share (see `whyNotStore`) is stored for the next customer who asks the same.
 */
export function storeInCache(deps: ResponseCacheDependencies | undefined, db: Queryable): TurnStep {
  return async (context) => {
    const lookup = context.responseCache;
    // Turns the cache stood aside from were counted at lookup.
    if (!deps || !lookup || lookup.ineligible) return;
    if (lookup.hit) {
      if (context.assistantMessage) await markCachedAnswer(db, context.assistantMessage.id, lookup.hit);
      return;
    }
    const answer = context.answer;
    const ineligible = whyNotStore(context);
    if (ineligible || !answer) {
      deps.metrics.responseCacheSkipped(ineligible ?? "incomplete");
      return;
    }
    await deps.cache.remember(context.userText, lookup.scope, { text: answer.text, citations: context.citations, model: answer.model }, lookup.vector);
  };
}
