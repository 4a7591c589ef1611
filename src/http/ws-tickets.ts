import { randomBytes } from "node:crypto";
import { hashSecret as hash } from "../accounts/secret-hash.ts";
import type { Queryable } from "../storage/database.ts";

export const ticketLifetimeSeconds = 60;

/**
 * One-time WebSocket tickets, kept in the database (hashed) so that any node can accept the
 * connection: minted by an authenticated REST call, consumed by a single DELETE … RETURNING, so
 * two connections racing with one ticket cannot both win.
 */
export function createTicketStore(db: Queryable) {
  return {
    async mint(conversationId: string): Promise<{ ticket: string; expiresAt: Date }> {
      const ticket = randomBytes(24).toString("base64url");
      const expiresAt = new Date(Date.now() + ticketLifetimeSeconds * 1000);
      await db.query("INSERT INTO ws_tickets (ticket_hash, conversation_id, expires_at) VALUES ($1, $2, $3)", [hash(ticket), conversationId, expiresAt]);
      // Expired tickets are swept as new ones are minted; no timer needed.
      await db.query("DELETE FROM ws_tickets WHERE expires_at < now() - interval '1 minute'");
      return { ticket, expiresAt };
    },
    /** The conversation the ticket opens, or undefined if it is unknown, used or expired. */
    async consume(ticket: string): Promise<string | undefined> {
      const result = await db.query<{ conversation_id: string; live: boolean }>(
        "DELETE FROM ws_tickets WHERE ticket_hash = $1 RETURNING conversation_id, expires_at > now() AS live",
        [hash(ticket)],
      );
      const row = result.rows[0];
      return row?.live ? row.conversation_id : undefined;
    },
  };
}

export type TicketStore = ReturnType<typeof createTicketStore>;
