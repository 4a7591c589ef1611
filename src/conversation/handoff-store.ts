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
