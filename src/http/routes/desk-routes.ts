import { Hono } from "hono";
import { z } from "zod";
import { DeskError, type DeskService } from "../../conversation/desk-service.ts";
import type { Handoff } from "../../conversation/handoff-store.ts";
import { HttpError, notFound } from "../errors.ts";
import { parseWith, readJsonBody } from "../validate.ts";
import { messageView } from "./conversation-routes.ts";

export const agentMessageSchema = z.object({ text: z.string().trim().min(1).max(8000) }).strict();
const claimSchema = z.object({ agent: z.string().trim().min(1).max(200).optional() }).strict();
const queueQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

function handoffView(handoff: Handoff) {
  return {
    id: handoff.id,
    conversationId: handoff.conversationId,
    status: handoff.status,
    agent: handoff.agent,
    reasons: handoff.reasons,
    createdAt: handoff.createdAt.toISOString(),
    claimedAt: handoff.claimedAt?.toISOString() ?? null,
    ticket: handoff.ticket,
  };
}

/** Runs a desk action, turning its domain errors into HTTP ones. */
async function deskAction<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof DeskError) throw error.code === "not_found" ? notFound("Conversation") : new HttpError(409, error.code, error.message);
    throw error;
  }
}

/** `/v1/desk`: the agents' queue and takeover of escalated conversations (agent or admin token). */
export function deskRoutes(desk: DeskService): Hono {
  const app = new Hono();
  const conversationId = (id: string) => {
    if (!z.uuid().safeParse(id).success) throw notFound("Conversation");
    return id;
  };

  app.get("/queue", async (context) => {
    const { limit } = parseWith(queueQuerySchema, context.req.query(), "query");
    const handoffs = await desk.queue(limit);
    return context.json({ queue: handoffs.map((handoff, index) => ({ position: index + 1, ...handoffView(handoff), summary: handoff.package.summary })) });
  });

  app.get("/conversations/:id", async (context) => {
    const { conversation, handoff, messages } = await deskAction(() => desk.get(conversationId(context.req.param("id"))));
    return context.json({
      conversation: { id: conversation.id, status: conversation.status, language: conversation.language, channel: conversation.channel, customer: conversation.customer },
      handoff: handoff ? { ...handoffView(handoff), package: handoff.package } : null,
      messages: messages.map(messageView),
    });
  });

  app.post("/conversations/:id/claim", async (context) => {
    const id = conversationId(context.req.param("id"));
    const body = context.req.header("content-type") ? await readJsonBody(context, claimSchema) : {};
    const handoff = await deskAction(() => desk.claim(id, body.agent ?? "agent"));
    return context.json({ handoff: handoffView(handoff) });
  });

  app.post("/conversations/:id/messages", async (context) => {
    const id = conversationId(context.req.param("id"));
    const { text } = await readJsonBody(context, agentMessageSchema);
    const message = await deskAction(() => desk.send(id, text));
    return context.json({ message: messageView(message) }, 201);
  });

  for (const action of ["resolve", "release"] as const) {
    app.post(`/conversations/:id/${action}`, async (context) => {
      const id = conversationId(context.req.param("id"));
      const conversation = await deskAction(() => desk[action](id));
      return context.json({ conversation: { id: conversation.id, status: conversation.status } });
    });
  }
  return app;
}
