import { performance } from "node:perf_hooks";
import type { Queryable } from "../../storage/database.ts";
import { listAttachments } from "../attachments/attachment-store.ts";
import { preferredRegions } from "../region-preference.ts";
import { whyNotLookUp } from "../response-cache/response-cache-eligibility.ts";
import type { ResponseCacheMetrics } from "../response-cache/response-cache-metrics.ts";
import type { ResponseCache } from "../response-cache/response-cache.ts";
import { splitForStreaming } from "../response-cache/split-for-streaming.ts";
import type { TurnStep } from "../turn-context.ts";

export interface ResponseCacheDependencies {
  cache: ResponseCache;
  /** The knowledge base's current version; part of every key, so a changed knowledge base misses. */
  knowledgeBaseVersion: () => Promise<number>;
  metrics: ResponseCacheMetrics;
}

/**
 * Between the handoff checks (4) and retrieval (6): a first question that was answered before, in
 * the same language and region and against the same knowledge base, gets that answer again,
 * streamed with its citations, without retrieval or a model call. Without a cache it does nothing.
 */
export function answerFromCache(deps: ResponseCacheDependencies | undefined, db: Queryable): TurnStep {
  return async (context) => {
    if (!deps) return;
    // An answer may rest on what the customer attached (a receipt's date), which no cached answer read.
    const ineligible = whyNotLookUp(context) ?? ((await listAttachments(db, context.conversation.id)).length ? "attachment" : undefined);
    if (ineligible) {
      context.responseCache = { ineligible };
      deps.metrics.responseCacheSkipped(ineligible);
      return;
    }
    const scope = {
      language: context.language,
      knowledgeBaseVersion: await deps.knowledgeBaseVersion(),
      regions: preferredRegions(context.conversation.customer.country),
    };
    const found = await deps.cache.lookup(context.userText, scope);
    if (!found.hit) {
      context.responseCache = { scope, vector: found.vector };
      return;
    }
    context.responseCache = { scope, hit: found.hit };
    const firstTokenMs = performance.now() - context.receivedAt;
    for (const piece of splitForStreaming(found.answer.text)) context.emit({ type: "delta", text: piece });
    context.answer = { text: found.answer.text, model: found.answer.model, usage: { inputTokens: 0, outputTokens: 0 }, firstTokenMs, status: "complete" };
    context.modelAnswer = found.answer.text;
    context.citations = found.answer.citations;
  };
}
