import { Hono } from "hono";
import { z } from "zod";
import { reviewConversation } from "../../analytics/conversation-review.ts";
import type { JobRecord } from "../../jobs/job-store.ts";
import type { Queryable } from "../../storage/database.ts";
import { notFound } from "../errors.ts";

export interface AdminConversationRouteDependencies {
  db: Queryable;
  /** Queues the model judge for a conversation; undefined when there is no such conversation. */
  requestJudgement: (conversationId: string) => Promise<JobRecord | undefined>;
}

/**
 * `/v1/admin/conversations/:id`: one conversation as an admin reviews it (transcript, thumbs,
 * rating, handoffs, guardrails, quality), and `POST …/judge` to have the judge task score it.
 */
export function adminConversationRoutes(deps: AdminConversationRouteDependencies): Hono {
  const app = new Hono();
  const conversationId = (id: string | undefined) => {
    if (!id || !z.uuid().safeParse(id).success) throw notFound("Conversation");
    return id;
  };
  app.get("/:id", async (context) => {
    const review = await reviewConversation(deps.db, conversationId(context.req.param("id")));
    if (!review) throw notFound("Conversation");
    return context.json(review);
  });
  app.post("/:id/judge", async (context) => {
    const job = await deps.requestJudgement(conversationId(context.req.param("id")));
    if (!job) throw notFound("Conversation");
    return context.json({ jobId: job.id, status: job.status }, 202);
  });
  return app;
}
