import { Hono } from "hono";
import { bearerToken } from "../auth.ts";
import type { ConversationTokens } from "../conversation-tokens.ts";
import { notFound, unauthorized } from "../errors.ts";
import type { TicketStore } from "../ws-tickets.ts";
import type { ConversationService } from "../../conversation/conversation-service.ts";

/** `POST /v1/ws-tickets`: a conversation token buys a one-time ticket for `GET /v1/ws?ticket=`. */
export function wsTicketRoutes(deps: { tickets: TicketStore; tokens: ConversationTokens; conversations: ConversationService }): Hono {
  const app = new Hono();
  app.post("/", async (context) => {
    const token = bearerToken(context);
    const conversationId = token ? deps.tokens.verify(token) : undefined;
    if (!conversationId) throw unauthorized("A conversation token is required");
    if (!(await deps.conversations.get(conversationId))) throw notFound("Conversation");
    const { ticket, expiresAt } = await deps.tickets.mint(conversationId);
    return context.json({ ticket, expiresAt: expiresAt.toISOString(), conversationId }, 201);
  });
  return app;
}
