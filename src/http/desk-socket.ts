import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { z } from "zod";
import type { ConversationEventBus, ConversationPush } from "../conversation/conversation-event-bus.ts";
import { createTypingThrottle, typingSignalIntervalMs } from "../conversation/typing-throttle.ts";
import type { Events } from "../jobs/events.ts";
import type { Logger } from "../observability/logger.ts";
import type { UpgradeHandler } from "./job-update-socket.ts";
import { attachmentView } from "./routes/attachment-routes.ts";
import { messageView } from "./routes/conversation-routes.ts";
import { noteView } from "./routes/desk-routes.ts";
import type { StaffTicketHolder, StaffTicketStore } from "./staff-ws-tickets.ts";

/** Where agents open the desk's live channel: `GET /v1/desk/ws?ticket=…` (a ticket from `POST /v1/desk/ws-tickets`). */
export const deskSocketPath = "/v1/desk/ws";

const frameSchema = z.object({ type: z.literal("typing"), conversationId: z.uuid() }).strict();

/** The desk's view of a conversation event; every event is the desk's to see. */
export function deskPush(conversationId: string, event: ConversationPush): { type: string; conversationId: string; [key: string]: unknown } {
  switch (event.type) {
    case "agent.message":
    case "customer.message":
      return { type: event.type, conversationId, message: messageView(event.message) };
    case "note.added":
      return { type: event.type, conversationId, note: noteView(event.note) };
    case "attachment.status":
      return { type: event.type, conversationId, attachment: attachmentView(event.attachment) };
    default:
      return { ...event, conversationId };
  }
}

/**
 * The agent desk, live: every connected agent hears new escalations (`handoff.created`), claims,
 * status changes, messages from either side, notes, and typing, each with its conversation id;
 * agents send `{type: "typing", conversationId}` while they write, which the customer sees.
 */
export function createDeskSocket(deps: { tickets: StaffTicketStore; events: ConversationEventBus; domainEvents: Events; logger: Logger }): { upgrade: UpgradeHandler; close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const passTyping = createTypingThrottle(typingSignalIntervalMs);
  const sockets = new Set<(payload: object) => void>();
  const broadcast = (payload: object) => {
    for (const send of sockets) send(payload);
  };
  const stopEvents = deps.events.subscribeAll((conversationId, event) => broadcast(deskPush(conversationId, event)));
  const stopEscalations = deps.domainEvents.subscribe("desk-live", async (event) => {
    if (event.type !== "conversation.escalated") return;
    const { conversationId, handoffId, reasons, position, summary } = event.data;
    broadcast({ type: "handoff.created", conversationId, handoffId, reasons, position, summary });
  });

  const refuse = (socket: Duplex, message: string) => {
    const body = JSON.stringify({ error: { code: "invalid_ticket", message } });
    socket.end(`HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  };

  const upgrade: UpgradeHandler = (request, socket, head) => {
    const ticket = new URL(request.url ?? "/", "http://localhost").searchParams.get("ticket");
    void (ticket ? deps.tickets.consume(ticket) : Promise.resolve(undefined))
      .then((holder) => {
        if (!holder) return refuse(socket, "The ticket is unknown, already used or expired; get one from POST /v1/desk/ws-tickets");
        wss.handleUpgrade(request, socket, head, (ws) => serve(ws, holder));
      })
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, "desk socket upgrade failed");
        socket.destroy();
      });
  };

  const serve = (ws: WebSocket, holder: StaffTicketHolder) => {
    const send = (payload: object) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
    };
    sockets.add(send);
    send({ type: "ready", subject: holder.subject, role: holder.role });
    ws.on("message", (raw) => {
      let parsed: ReturnType<typeof frameSchema.safeParse>;
      try {
        parsed = frameSchema.safeParse(JSON.parse(raw.toString()));
      } catch {
        return send({ type: "error", error: { code: "invalid_json", message: "Frames must be JSON" } });
      }
      if (!parsed.success) return send({ type: "error", error: { code: "validation_failed", message: 'Send {"type": "typing", "conversationId": "<uuid>"}' } });
      const { conversationId } = parsed.data;
      if (passTyping(`${conversationId}:agent:${holder.subject}`)) deps.events.publish(conversationId, { type: "typing", from: "agent", name: holder.subject });
    });
    ws.on("close", () => sockets.delete(send));
    ws.on("error", (error) => deps.logger.warn({ err: error }, "desk socket error"));
  };

  return {
    upgrade,
    close() {
      stopEvents();
      stopEscalations();
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
