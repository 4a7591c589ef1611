import { performance } from "node:perf_hooks";
import { Hono, type Context } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { ConversationEventBus } from "../../conversation/conversation-event-bus.ts";
import type { ConversationService } from "../../conversation/conversation-service.ts";
import type { StoredMessage } from "../../conversation/conversation-store.ts";
import type { TurnEvent } from "../../conversation/turn-events.ts";
import type { Authorization } from "../auth.ts";
import { resolveCustomerIdentity, type FindSite } from "../customer-identity.ts";
import { customerPush } from "../customer-push.ts";
import { createSsePump } from "../sse-pump.ts";
import type { ConversationTokens } from "../conversation-tokens.ts";
import { HttpError, notFound } from "../errors.ts";
import { parseWith, readJsonBody } from "../validate.ts";

export const languageSchema = z.enum(["en", "es", "fr", "de", "zh"]);
export const createConversationSchema = z
  .object({
    customer: z
      .object({
        id: z.string().max(200).optional(),
        email: z.email().max(320).optional(),
        name: z.string().max(200).optional(),
        tier: z.enum(["standard", "premium"]).default("standard"),
        country: z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166 alpha-2 code").optional(),
      })
      .strict()
      .default({ tier: "standard" }),
    language: languageSchema.optional(),
    channel: z.string().max(40).default("web"),
    /** The widget site the conversation starts on (`data-site`). */
    site: z.string().min(1).max(100).optional(),
    /** The host site's logged-in user, signed by its backend: hex HMAC-SHA256 of `${userId}:${email}` with the site's secret. */
    identity: z.object({ userId: z.string().min(1).max(200), email: z.email().max(320), signature: z.string().max(200) }).strict().optional(),
  })
  .strict();

const idSchema = z.uuid();

export interface ConversationRouteDependencies {
  conversations: ConversationService;
  events: ConversationEventBus;
  tokens: ConversationTokens;
  auth: Authorization;
  findSite: FindSite;
  maxMessageChars: number;
}

/** Validates a customer message; too long is 413 so clients can tell it from a malformed one. */
export function validateMessageText(input: unknown, maxMessageChars: number): string {
  const { text } = parseWith(z.object({ text: z.string() }).strict(), input, "body");
  const trimmed = text.trim();
  if (!trimmed) throw new HttpError(422, "validation_failed", "Invalid body: text must not be empty");
  if (trimmed.length > maxMessageChars) throw new HttpError(413, "message_too_long", `The message is longer than ${maxMessageChars} characters`);
  return trimmed;
}

/** The view of a stored message that customers and agents see. */
export function messageView(message: StoredMessage) {
  return {
    id: message.id,
    role: message.role,
    text: message.text,
    language: message.language,
    citations: message.citations,
    model: message.model,
    usage: message.usage,
    latencyMs: message.latencyMs,
    status: message.status,
    createdAt: message.createdAt.toISOString(),
  };
}

/** `/v1/conversations`: start, read and talk (JSON or SSE). */
export function conversationRoutes(deps: ConversationRouteDependencies): Hono {
  const app = new Hono();

  app.post("/", async (context) => {
    const input = await readJsonBody(context, createConversationSchema);
    const { customer, siteId } = await resolveCustomerIdentity(
      context,
      { customer: { ...input.customer, country: input.customer.country?.toUpperCase() }, site: input.site, identity: input.identity },
      await deps.auth.principal(context),
      deps.findSite,
    );
    const conversation = await deps.conversations.start({ customer, siteId, language: input.language, channel: input.channel });
    return context.json({ id: conversation.id, token: deps.tokens.issue(conversation.id), status: conversation.status, language: conversation.language, emailVerified: conversation.customer.emailVerified === true }, 201);
  });

  const loadConversation = async (id: string, context: Context) => {
    if (!idSchema.safeParse(id).success) throw notFound("Conversation");
    await deps.auth.requireConversationAccess(context, id);
    const conversation = await deps.conversations.get(id);
    if (!conversation) throw notFound("Conversation");
    return conversation;
  };

  app.get("/:id", async (context) => {
    const conversation = await loadConversation(context.req.param("id"), context);
    const messages = await deps.conversations.history(conversation.id);
    return context.json({
      conversation: { id: conversation.id, status: conversation.status, language: conversation.language, channel: conversation.channel, createdAt: conversation.createdAt.toISOString() },
      messages: messages.map(messageView),
    });
  });

  // Live events outside a turn (an agent's message, a status change), for clients without a WebSocket.
  app.get("/:id/events", async (context) => {
    const conversation = await loadConversation(context.req.param("id"), context);
    return streamSSE(context, async (stream) => {
      const events = createSsePump(stream);
      const unsubscribe = deps.events.subscribe(conversation.id, (event) => {
        const push = customerPush(event);
        if (push) events.push(push);
      });
      try {
        events.push({ type: "ready", conversationId: conversation.id });
        await events.pump();
      } finally {
        unsubscribe();
      }
    });
  });

  app.post("/:id/messages", async (context) => {
    const receivedAt = performance.now();
    const conversation = await loadConversation(context.req.param("id"), context);
    const body = await readJsonBody(context, z.unknown());
    const text = validateMessageText(body, deps.maxMessageChars);

    if ((context.req.header("accept") ?? "").includes("text/event-stream")) {
      return streamSSE(context, async (stream) => {
        const events = createSsePump(stream);
        // Events are written in order as they arrive; the turn never waits for the socket.
        const turn = deps.conversations.reply(conversation.id, text, events.push, receivedAt).finally(events.end);
        await events.pump();
        await turn;
      });
    }

    let outcome: TurnEvent | undefined;
    let escalated: TurnEvent | undefined;
    await deps.conversations.reply(conversation.id, text, (event) => {
      if (event.type === "done" || event.type === "error" || event.type === "delivered") outcome = event;
      if (event.type === "escalated") escalated = event;
    }, receivedAt);
    const escalation = escalated?.type === "escalated" ? { escalation: { reasons: escalated.reasons, position: escalated.position } } : {};
    if (outcome?.type === "done") return context.json({ message: outcome.message, conversation: outcome.conversation, ...escalation });
    // A person holds the conversation: the message reached them and the assistant stays silent.
    if (outcome?.type === "delivered") return context.json({ message: null, deliveredTo: "agent", conversation: outcome.conversation });
    const error = outcome?.type === "error" ? outcome.error : { code: "internal_error", message: "The turn ended without an answer", retryable: true };
    throw new HttpError(error.retryable ? 503 : 502, error.code, error.message, { retryable: error.retryable });
  });

  return app;
}
