import { hashSecret, randomSecret } from "../accounts/secret-hash.ts";
import type { Role } from "../accounts/roles.ts";
import type { Queryable } from "../storage/database.ts";
import { ticketLifetimeSeconds } from "./ws-tickets.ts";

export interface StaffTicketHolder {
  /** How the desk names this person (e-mail, or the credential's subject). */
  subject: string;
  role: Role;
}

/**
 * One-time tickets for the desk's live channel, like the customers' (`ws-tickets.ts`): a browser
 * cannot put a bearer token on a WebSocket, so an authenticated REST call buys a ticket that opens
 * one connection within a minute, consumed by a single DELETE … RETURNING.
 */
export function createStaffTicketStore(db: Queryable) {
  return {
    async mint(holder: StaffTicketHolder): Promise<{ ticket: string; expiresAt: Date }> {
      const ticket = randomSecret(24);
      const expiresAt = new Date(Date.now() + ticketLifetimeSeconds * 1000);
      await db.query("INSERT INTO staff_ws_tickets (ticket_hash, subject, role, expires_at) VALUES ($1, $2, $3, $4)", [hashSecret(ticket), holder.subject, holder.role, expiresAt]);
      await db.query("DELETE FROM staff_ws_tickets WHERE expires_at < now() - interval '1 minute'");
      return { ticket, expiresAt };
    },
    /** Who the ticket was minted for, or undefined if it is unknown, used or expired. */
    async consume(ticket: string): Promise<StaffTicketHolder | undefined> {
      const row = (
        await db.query<{ subject: string; role: Role; live: boolean }>("DELETE FROM staff_ws_tickets WHERE ticket_hash = $1 RETURNING subject, role, expires_at > now() AS live", [
          hashSecret(ticket),
        ])
      ).rows[0];
      return row?.live ? { subject: row.subject, role: row.role } : undefined;
    },
  };
}

export type StaffTicketStore = ReturnType<typeof createStaffTicketStore>;
