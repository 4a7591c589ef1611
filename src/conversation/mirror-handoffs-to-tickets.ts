import { z } from "zod";
import type { Ticketing } from "../escalation/ticketing.ts";
import type { DomainEvent } from "../jobs/events.ts";
import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import { findConversation } from "./conversation-store.ts";
import { createSerialLanes } from "./serial-lanes.ts";
import { findHandoff, findOpenHandoff, recordHandoffTicket } from "./handoff-store.ts";

const escalatedSchema = z.object({ conversationId: z.string(), handoffId: z.string(), language: z.string() });
const customerMessageSchema = z.object({ conversationId: z.string(), text: z.string() });

/**
 * Mirrors handoffs to the configured ticketing system: a ticket when a conversation is escalated,
 * a comment for each later customer message. A failure is logged and recorded on the handoff, and
 * the conversation simply stays on the built-in desk. Events of one conversation are handled in
 * order, so a message written right after the handoff waits for its ticket to exist.
 * This is the body of a job: moved onto the queue, it gains retries without changing.
 */
export function mirrorHandoffsToTickets(deps: { db: Queryable; ticketing: Ticketing; logger: Logger }): (event: DomainEvent) => Promise<void> {
  const { db, ticketing, logger } = deps;
  const inLane = createSerialLanes();

  const openTicket = async (data: z.infer<typeof escalatedSchema>) => {
    const [handoff, conversation] = await Promise.all([findHandoff(db, data.handoffId), findConversation(db, data.conversationId)]);
    // Delivered again (at-least-once): the ticket exists already.
    if (!handoff || !conversation || handoff.ticket?.id) return;
    try {
      const ticket = await ticketing.createTicket({
        conversationId: conversation.id,
        handoffId: handoff.id,
        language: data.language,
        requester: { email: conversation.customer.email, name: conversation.customer.name },
        package: handoff.package,
      });
      if (!ticket) return;
      await recordHandoffTicket(db, handoff.id, { system: ticketing.system, id: ticket.ticketId, url: ticket.url });
      logger.info({ conversationId: conversation.id, handoffId: handoff.id, ticketSystem: ticketing.system, ticketId: ticket.ticketId }, "ticket opened");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ conversationId: conversation.id, handoffId: handoff.id, ticketSystem: ticketing.system, error: message }, "ticket not opened; the built-in desk keeps the conversation");
      await recordHandoffTicket(db, handoff.id, { system: ticketing.system, error: message });
    }
  };

  const addComment = async (data: z.infer<typeof customerMessageSchema>) => {
    const ticketId = (await findOpenHandoff(db, data.conversationId))?.ticket?.id;
    if (!ticketId) return;
    try {
      await ticketing.addComment(ticketId, data.text, "customer");
    } catch (error) {
      logger.warn({ conversationId: data.conversationId, ticketId, error: error instanceof Error ? error.message : String(error) }, "ticket comment not added");
    }
  };

  return async (event) => {
    if (event.type === "conversation.escalated") {
      const data = escalatedSchema.parse(event.data);
      await inLane(data.conversationId, () => openTicket(data));
    } else if (event.type === "conversation.customer_message") {
      const data = customerMessageSchema.parse(event.data);
      await inLane(data.conversationId, () => addComment(data));
    }
  };
}
