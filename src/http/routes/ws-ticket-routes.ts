import { Hono } from "hono";
import type { Authorization } from "../auth.ts";
import { forbidden, notFound } from "../errors.ts";
import type { TicketStore } from "../ws-tickets.ts";
import type { ConversationService } from "../../conversation/conversation-service.ts";

/** `POST /v1/ws-tickets`: a conversation token buys a one-time ticket for `GET /v1/ws?ticket=`. */
export function wsTicketRoutes(deps: { tickets: TicketStore; auth: Authorization; conversations: ConversationService }): Hono {
  const app = new Hono();
  app.post("/", async (context) => {
    const principal = await deps.auth.requirePrincipal(context);
    // The ticket opens the conversation its token names; staff credentials name none.
    if (principal.kind !== "customer") throw forbidden("A conversation token is required");
    if (!(await deps.conversations.get(principal.conversationId))) throw notFound("Conversation");
    const { ticket, expiresAt } = await deps.tickets.mint(principal.conversationId);
    return context.json({ ticket, expiresAt: expiresAt.toISOString(), conversationId: principal.conversationId }, 201);
  });
  return app;
}
