import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import type { ConversationService } from "../../conversation/conversation-service.ts";
import { saveCsat, saveMessageFeedback } from "../../feedback/feedback-store.ts";
import type { Queryable } from "../../storage/database.ts";
import type { Authorization } from "../auth.ts";
import { notFound } from "../errors.ts";
import { readJsonBody } from "../validate.ts";

export const csatSchema = z.object({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).optional() }).strict();
export const messageFeedbackSchema = z.object({ value: z.enum(["up", "down"]) }).strict();

export interface FeedbackRouteDependencies {
  db: Queryable;
  conversations: ConversationService;
  auth: Authorization;
}

/** `/v1/conversations/:id/csat` and thumbs on answers, with the conversation's own token. */
export function feedbackRoutes(deps: FeedbackRouteDependencies): Hono {
  const app = new Hono();
  const uuid = z.uuid();

  const openConversation = async (context: Context) => {
    const id = context.req.param("id") ?? "";
    if (!uuid.safeParse(id).success) throw notFound("Conversation");
    await deps.auth.requireConversationAccess(context, id);
    if (!(await deps.conversations.get(id))) throw notFound("Conversation");
    return id;
  };

  app.post("/:id/csat", async (context) => {
    const conversationId = await openConversation(context);
    const { rating, comment } = await readJsonBody(context, csatSchema);
    const saved = await saveCsat(deps.db, { conversationId, rating, comment: comment || undefined });
    return context.json({ csat: { conversationId, rating: saved.rating, comment: saved.comment, updatedAt: saved.updatedAt.toISOString() } }, 201);
  });

  app.post("/:id/messages/:messageId/feedback", async (context) => {
    const conversationId = await openConversation(context);
    const messageId = context.req.param("messageId");
    if (!uuid.safeParse(messageId).success) throw notFound("Message");
    const { value } = await readJsonBody(context, messageFeedbackSchema);
    if (!(await saveMessageFeedback(deps.db, { conversationId, messageId, value }))) throw notFound("Message");
    return context.json({ feedback: { messageId, value } }, 201);
  });
  return app;
}
