import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { performance } from "node:perf_hooks";
import { WebSocketServer, type WebSocket } from "ws";
import { z } from "zod";
import type { ConversationEventBus } from "../conversation/conversation-event-bus.ts";
import type { ConversationService } from "../conversation/conversation-service.ts";
import { createTypingThrottle, typingSignalIntervalMs } from "../conversation/typing-throttle.ts";
import type { Logger } from "../observability/logger.ts";
import { customerPush } from "./customer-push.ts";
import { HttpError } from "./errors.ts";
import { validateMessageText } from "./routes/conversation-routes.ts";
import type { TicketStore } from "./ws-tickets.ts";

const incomingSchema = z.discriminatedUnion("type", [z.object({ type: z.literal("message"), text: z.unknown() }).loose(), z.object({ type: z.literal("typing") }).loose()]);

/**
 * Serves `GET /v1/ws?ticket=…`: the ticket is consumed before the upgrade completes; then each
 * `{type: "message", text}` runs a turn whose events go back as JSON frames; messages from the
 * agent desk arrive as `{type: "agent.message", message}` frames. `{type: "typing"}` tells the
 * desk the customer is writing (throttled, never stored); an agent writing arrives as `{type: "typing", from: "agent"}`.
 */
export function attachWebSocketServer(
  server: Server,
  deps: {
    tickets: TicketStore;
    conversations: ConversationService;
    events: ConversationEventBus;
    maxMessageChars: number;
    logger: Logger;
    /** Further WebSocket endpoints by path (e.g. the admin console's job updates), each authorizing itself. */
    upgrades?: Record<string, (request: IncomingMessage, socket: Duplex, head: Buffer) => void>;
  },
): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const passTyping = createTypingThrottle(typingSignalIntervalMs);

  const refuse = (socket: Duplex, status: number, code: string, message: string) => {
    const body = JSON.stringify({ error: { code, message } });
    socket.end(
      `HTTP/1.1 ${status} ${status === 401 ? "Unauthorized" : "Not Found"}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };

  const onUpgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const other = deps.upgrades?.[url.pathname];
    if (other) return other(request, socket, head);
    if (url.pathname !== "/v1/ws") return refuse(socket, 404, "not_found", "No WebSocket endpoint here");
    const ticket = url.searchParams.get("ticket");
    try {
      const conversationId = ticket ? await deps.tickets.consume(ticket) : undefined;
      if (!conversationId) return refuse(socket, 401, "invalid_ticket", "The ticket is unknown, already used or expired");
      wss.handleUpgrade(request, socket, head, (ws) => serve(ws, conversationId));
    } catch (error) {
      deps.logger.error({ err: error }, "websocket upgrade failed");
      socket.destroy();
    }
  };

  const serve = (ws: WebSocket, conversationId: string) => {
    const send = (payload: object) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
    };
    send({ type: "ready", conversationId });
    // What a person at the desk writes reaches the customer live, between turns.
    const unsubscribe = deps.events.subscribe(conversationId, (event) => {
      const push = customerPush(event);
      if (push) send(push);
    });
    ws.on("close", unsubscribe);
    ws.on("message", (raw) => {
      const receivedAt = performance.now();
      let text: string;
      try {
        const parsed = incomingSchema.safeParse(JSON.parse(raw.toString()));
        if (!parsed.success) throw new HttpError(422, "validation_failed", 'Send {"type": "message", "text": "..."} or {"type": "typing"}');
        if (parsed.data.type === "typing") {
          if (passTyping(`${conversationId}:customer`)) deps.events.publish(conversationId, { type: "typing", from: "customer" });
          return;
        }
        text = validateMessageText({ text: parsed.data.text }, deps.maxMessageChars);
      } catch (error) {
        const failure = error instanceof HttpError ? error : new HttpError(400, "invalid_json", "Frames must be JSON");
        send({ type: "error", error: { code: failure.code, message: failure.message, retryable: false } });
        return;
      }
      // The conversation service runs one turn at a time per conversation, in arrival order.
      void deps.conversations.reply(conversationId, text, send, receivedAt).catch((error) => deps.logger.error({ err: error }, "websocket turn failed"));
    });
    ws.on("error", (error) => deps.logger.warn({ err: error }, "websocket error"));
  };

  const listener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void onUpgrade(request, socket, head);
  server.on("upgrade", listener);
  return {
    close() {
      server.off("upgrade", listener);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
