import { randomUUID } from "node:crypto";
import type { EscalationReason } from "../escalation/escalation-types.ts";
import type { HandoffPackage } from "../escalation/build-handoff-package.ts";
import type { Queryable } from "../storage/database.ts";

export type HandoffStatus = "waiting" | "claimed" | "resolved" | "released";

export interface Handoff {
  id: string;
  conversationId: string;
  reasons: EscalationReason[];
  package: HandoffPackage;
  status: HandoffStatus;
  agent: string | null;
  createdAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  /** The external ticket mirroring this handoff, or why opening one failed; null on the built-in desk alone. */
  ticket: HandoffTicket | null;
}

export interface HandoffTicket {
  system: string;
  id: string | null;
  url: string | null;
  status: string | null;
  error: string | null;
}

interface HandoffRow {
  id: string;
  conversation_id: string;
  reasons: EscalationReason[];
  package: HandoffPackage;
  status: HandoffStatus;
  agent: string | null;
  created_at: Date;
  claimed_at: Date | null;
  closed_at: Date | null;
  ticket_system: string | null;
  ticket_id: string | null;
  ticket_url: string | null;
  ticket_status: string | null;
  ticket_error: string | null;
}

const toHandoff = (row: HandoffRow): Handoff => ({
  id: row.id,
  conversationId: row.conversation_id,
  reasons: row.reasons,
  package: row.package,
  status: row.status,
  agent: row.agent,
  createdAt: row.created_at,
  claimedAt: row.claimed_at,
  closedAt: row.closed_at,
  ticket: row.ticket_system
    ? { system: row.ticket_system, id: row.ticket_id, url: row.ticket_url, status: row.ticket_status, error: row.ticket_error }
    : null,
});

/** Opens a handoff and answers its place in the queue of conversations waiting for a person (1 = next). */
export async function createHandoff(db: Queryable, input: { conversationId: string; reasons: EscalationReason[]; package: HandoffPackage }): Promise<{ handoff: Handoff; position: number }> {
  const result = await db.query<HandoffRow>(
    "INSERT INTO handoffs (id, conversation_id, reasons, package) VALUES ($1, $2, $3, $4) RETURNING *",
    [randomUUID(), input.conversationId, JSON.stringify(input.reasons), JSON.stringify(input.package)],
  );
  const handoff = toHandoff(result.rows[0]);
  const position = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM handoffs WHERE status = 'waiting' AND created_at <= $1", [handoff.createdAt]);
  return { handoff, position: position.rows[0].count };
}

/** The open (waiting or claimed) handoff of a conversation, if any. */
export async function findOpenHandoff(db: Queryable, conversationId: string): Promise<Handoff | undefined> {
  const result = await db.query<HandoffRow>(
    "SELECT * FROM handoffs WHERE conversation_id = $1 AND status IN ('waiting', 'claimed') ORDER BY created_at DESC LIMIT 1",
    [conversationId],
  );
  return result.rows[0] ? toHandoff(result.rows[0]) : undefined;
}

/** Open handoffs, oldest first: the agents' queue. */
export async function listOpenHandoffs(db: Queryable, limit: number): Promise<Handoff[]> {
  const result = await db.query<HandoffRow>("SELECT * FROM handoffs WHERE status IN ('waiting', 'claimed') ORDER BY created_at, id LIMIT $1", [limit]);
  return result.rows.map(toHandoff);
}

/** Moves an open handoff on: claimed by an agent, or closed (resolved, or released back to the assistant). */
export async function updateHandoff(db: Queryable, id: string, status: Exclude<HandoffStatus, "waiting">, agent?: string): Promise<void> {
  if (status === "claimed") {
    await db.query("UPDATE handoffs SET status = 'claimed', agent = $2, claimed_at = now() WHERE id = $1", [id, agent ?? null]);
    return;
  }
  await db.query("UPDATE handoffs SET status = $2, closed_at = now() WHERE id = $1", [id, status]);
}

/** One handoff by id. */
export async function findHandoff(db: Queryable, id: string): Promise<Handoff | undefined> {
  const result = await db.query<HandoffRow>("SELECT * FROM handoffs WHERE id = $1", [id]);
  return result.rows[0] ? toHandoff(result.rows[0]) : undefined;
}

/** The latest handoff mirrored to a ticket of an external system. */
export async function findHandoffByTicket(db: Queryable, system: string, ticketId: string): Promise<Handoff | undefined> {
  const result = await db.query<HandoffRow>("SELECT * FROM handoffs WHERE ticket_system = $1 AND ticket_id = $2 ORDER BY created_at DESC LIMIT 1", [system, ticketId]);
  return result.rows[0] ? toHandoff(result.rows[0]) : undefined;
}

/** Records the ticket a handoff was mirrored to, or (with `error`) why it could not be. */
export async function recordHandoffTicket(
  db: Queryable,
  handoffId: string,
  ticket: { system: string; id?: string; url?: string; error?: string },
): Promise<void> {
  await db.query("UPDATE handoffs SET ticket_system = $2, ticket_id = $3, ticket_url = $4, ticket_error = $5 WHERE id = $1", [
    handoffId,
    ticket.system,
    ticket.id ?? null,
    ticket.url ?? null,
    ticket.error?.slice(0, 1000) ?? null,
  ]);
}

/** Notes the status the external ticket reported last. */
export async function recordTicketStatus(db: Queryable, handoffId: string, status: string): Promise<void> {
  await db.query("UPDATE handoffs SET ticket_status = $2 WHERE id = $1", [handoffId, status]);
}

/** Marks a ticket comment as received; false when it already was (a webhook delivered twice). */
export async function markTicketCommentReceived(db: Queryable, system: string, ticketId: string, commentId: string): Promise<boolean> {
  const result = await db.query(
    "INSERT INTO ticket_comments_received (ticket_system, ticket_id, comment_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1",
    [system, ticketId, commentId],
  );
  return result.rowCount > 0;
}

/** Replaces the suggested reply in a handoff's package, when an agent asked for a new draft. */
export async function updateSuggestedReply(db: Queryable, id: string, text: string): Promise<void> {
  await db.query("UPDATE handoffs SET package = jsonb_set(package, '{suggestedReply}', to_jsonb($2::text)) WHERE id = $1", [id, text]);
}
