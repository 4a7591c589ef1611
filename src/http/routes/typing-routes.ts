import { Hono } from "hono";
import { z } from "zod";
import type { ConversationEventBus } from "../../conversation/conversation-event-bus.ts";
import { createTypingThrottle, typingSignalIntervalMs } from "../../conversation/typing-throttle.ts";
import type { Authorization } from "../auth.ts";
import { notFound } from "../errors.ts";

/**
 * `POST /v1/conversations/:id/typing`: the customer is writing, for clients without the WebSocket
 * (which sends `{type: "typing"}` instead). Throttled like it, never stored; the desk sees it.
 */
export function typingRoutes(deps: { events: ConversationEventBus; auth: Authorization }): Hono {
  const app = new Hono();
  const passTyping = createTypingThrottle(typingSignalIntervalMs);
  app.post("/:id/typing", async (context) => {
    const id = context.req.param("id");
    if (!z.uuid().safeParse(id).success) throw notFound("Conversation");
    await deps.auth.requireConversationAccess(context, id);
    if (passTyping(`${id}:customer`)) deps.events.publish(id, { type: "typing", from: "customer" });
    return context.body(null, 204);
  });
  return app;
}
