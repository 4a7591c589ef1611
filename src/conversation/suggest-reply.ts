import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { ModelGateway } from "../models/gateway/model-gateway.ts";
import { buildSuggestReplyRequest } from "../models/prompts/index.ts";
import type { Queryable } from "../storage/database.ts";
import { findConversation, listMessages } from "./conversation-store.ts";
import { DeskError } from "./desk-service.ts";
import { findOpenHandoff, updateSuggestedReply } from "./handoff-store.ts";

// The reply answers the latest customer message; a few passages are enough to ground two to five sentences.
const sourceLimit = 4;

/**
 * Drafts a reply for the agent holding a conversation (the `suggest_reply` task), grounded in the
 * knowledge base for the customer's latest message, and keeps it as the handoff's suggestion.
 */
export function createReplySuggester(deps: { db: Queryable; knowledgeBase: KnowledgeBase; gateway: ModelGateway }) {
  return async (conversationId: string): Promise<{ text: string; modelId: string; sources: Array<{ title: string; externalId: string }> }> => {
    const conversation = await findConversation(deps.db, conversationId);
    if (!conversation) throw new DeskError("not_found", "Conversation not found");
    const handoff = conversation.status === "escalated" ? await findOpenHandoff(deps.db, conversationId) : undefined;
    if (!handoff) throw new DeskError("not_escalated", "The conversation is not waiting for or held by a person");
    const messages = await listMessages(deps.db, conversationId);
    const language = conversation.language ?? "en";
    const latest = messages.findLast((message) => message.role === "user");
    const sources = latest ? await deps.knowledgeBase.search(latest.text, { queryLanguage: language, prefer: { lang: language }, limit: sourceLimit }) : [];
    const generated = await deps.gateway.generateText("suggest_reply", buildSuggestReplyRequest(messages, sources, language), { conversationId, priority: "interactive" });
    const text = generated.text.trim();
    await updateSuggestedReply(deps.db, handoff.id, text);
    return { text, modelId: generated.modelId, sources: sources.map((source) => ({ title: source.title, externalId: source.externalId })) };
  };
}

export type ReplySuggester = ReturnType<typeof createReplySuggester>;
