import { Hono } from "hono";
import { z } from "zod";
import { DeskError, type DeskService } from "../../conversation/desk-service.ts";
import type { Handoff } from "../../conversation/handoff-store.ts";
import type { ConversationNote } from "../../conversation/note-store.ts";
import type { ReplySuggester } from "../../conversation/suggest-reply.ts";
import { ModelError } from "../../models/model-port.ts";
import type { Authorization } from "../auth.ts";
import { forbidden, HttpError, notFound } from "../errors.ts";
import { actorName } from "../request-actor.ts";
import type { StaffTicketStore } from "../staff-ws-tickets.ts";
import { parseWith, readJsonBody } from "../validate.ts";
import { messageView } from "./conversation-routes.ts";

export const agentMessageSchema = z.object({ text: z.string().trim().min(1).max(8000) }).strict();
/** A note takes the same body as a message to the customer. */
export const noteSchema = agentMessageSchema;
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

/** The view of an internal note (desk only). */
export function noteView(note: ConversationNote) {
  return { id: note.id, conversationId: note.conversationId, author: note.author, text: note.text, createdAt: note.createdAt.toISOString() };
}

/** Runs a desk action, turning its domain errors into HTTP ones. */
async function deskAction<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof DeskError) throw error.code === "not_found" ? notFound("Conversation") : new HttpError(409, error.code, error.message);
    if (error instanceof ModelError) throw new HttpError(error.retryable ? 503 : 502, error.retryable ? "model_unavailable" : "model_error", error.message, { retryable: error.retryable });
    throw error;
  }
}

/** `/v1/desk`: the agents' queue, takeover of escalated conversations, notes, and tickets for the live channel (agent role). */
export function deskRoutes(deps: { desk: DeskService; auth: Authorization; staffTickets: StaffTicketStore; suggestReply: ReplySuggester }): Hono {
  const { desk, auth } = deps;
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
    const { conversation, handoff, messages, notes } = await deskAction(() => desk.get(conversationId(context.req.param("id"))));
    return context.json({
      conversation: { id: conversation.id, status: conversation.status, language: conversation.language, channel: conversation.channel, customer: conversation.customer },
      handoff: handoff ? { ...handoffView(handoff), package: handoff.package } : null,
      messages: messages.map(messageView),
      notes: notes.map(noteView),
    });
  });

  app.post("/conversations/:id/suggested-reply", async (context) => {
    const id = conversationId(context.req.param("id"));
    return context.json({ suggestedReply: await deskAction(() => deps.suggestReply(id)) });
  });

  app.post("/conversations/:id/notes", async (context) => {
    const id = conversationId(context.req.param("id"));
    const { text } = await readJsonBody(context, noteSchema);
    const note = await deskAction(async () => desk.addNote(id, actorName(await auth.requirePrincipal(context)), text));
    return context.json({ note: noteView(note) }, 201);
  });

  // The live channel itself is a WebSocket upgrade (`/v1/desk/ws?ticket=`), served beside this app.
  app.get("/ws", () => {
    throw new HttpError(426, "upgrade_required", "Open /v1/desk/ws?ticket=… as a WebSocket, with a ticket from POST /v1/desk/ws-tickets");
  });

  app.post("/ws-tickets", async (context) => {
    const principal = await auth.requirePrincipal(context);
    if (principal.kind !== "staff" || !principal.role) throw forbidden("A member of staff with a role is required");
    const { ticket, expiresAt } = await deps.staffTickets.mint({ subject: actorName(principal), role: principal.role });
    return context.json({ ticket, expiresAt: expiresAt.toISOString() }, 201);
  });

  app.post("/conversations/:id/claim", async (context) => {
    const id = conversationId(context.req.param("id"));
    const body = context.req.header("content-type") ? await readJsonBody(context, claimSchema) : {};
    // The claim carries who made it, so that other agents see the conversation is taken and by whom.
    const agent = body.agent ?? actorName(await auth.requirePrincipal(context));
    const handoff = await deskAction(() => desk.claim(id, agent));
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
