import type { Queryable } from "../storage/database.ts";
import { findConversation, type ConversationStatus } from "./conversation-store.ts";
import type { DeskService } from "./desk-service.ts";
import { findHandoffByTicket, markTicketCommentReceived, recordTicketStatus } from "./handoff-store.ts";

/** What a ticketing system reports about one of its tickets. */
export interface TicketUpdate {
  ticketId: string;
  status?: string;
  comment?: { id?: string; body: string; public: boolean; authorRole?: string };
}

export interface TicketUpdateOutcome {
  conversationId: string;
  conversationStatus: ConversationStatus;
  /** The comment reached the customer as an agent message. */
  delivered: boolean;
}

const closedStatuses = new Set(["solved", "closed"]);

/**
 * Applies a ticket's news to its conversation: a public comment by the support team reaches the
 * customer as an agent message (once, however often the webhook repeats it), and a solved or
 * closed ticket resolves the conversation. Other statuses (new, open, pending, hold) leave it
 * escalated. Undefined when no handoff knows the ticket.
 */
export function createTicketUpdates(db: Queryable, desk: DeskService, system: string) {
  return async (update: TicketUpdate): Promise<TicketUpdateOutcome | undefined> => {
    const handoff = await findHandoffByTicket(db, system, update.ticketId);
    if (!handoff) return undefined;
    const conversationId = handoff.conversationId;
    const open = handoff.status === "waiting" || handoff.status === "claimed";
    let delivered = false;
    const comment = update.comment;
    if (open && comment?.public && comment.authorRole !== "end-user" && comment.body.trim()) {
      const fresh = comment.id === undefined || (await markTicketCommentReceived(db, system, update.ticketId, comment.id));
      if (fresh) {
        await desk.send(conversationId, comment.body.trim());
        delivered = true;
      }
    }
    if (update.status) {
      await recordTicketStatus(db, handoff.id, update.status);
      if (open && closedStatuses.has(update.status)) await desk.resolve(conversationId, "ticket");
    }
    const conversation = await findConversation(db, conversationId);
    return { conversationId, conversationStatus: conversation?.status ?? "resolved", delivered };
  };
}

export type TicketUpdates = ReturnType<typeof createTicketUpdates>;
