import { randomUUID } from "node:crypto";
import type { Finding, GuardrailAction, GuardrailSource } from "../guardrails/index.ts";
import type { Queryable } from "../storage/database.ts";

/** One recorded intervention: what kind of thing was found and what was done, never the text itself. */
export interface GuardrailEvent {
  id: string;
  conversationId: string | null;
  messageId: string | null;
  source: GuardrailSource;
  policy: string;
  categories: string[];
  types: string[];
  action: Exclude<GuardrailAction, "NONE">;
  createdAt: Date;
}

interface GuardrailEventRow {
  id: string;
  conversation_id: string | null;
  message_id: string | null;
  source: GuardrailSource;
  policy: string;
  categories: string[];
  types: string[];
  action: GuardrailEvent["action"];
  created_at: Date;
}

const distinct = (values: string[]) => [...new Set(values)].sort();

/** Records an intervention from its acting findings; a check that changed nothing records nothing. */
export async function recordGuardrailEvent(
  db: Queryable,
  event: { conversationId?: string; messageId?: string; source: GuardrailSource; policy: string; action: GuardrailAction; findings: readonly Finding[] },
): Promise<void> {
  if (event.action === "NONE") return;
  const acting = event.findings.filter((finding) => finding.action !== "NONE");
  await db.query(
    `INSERT INTO guardrail_events (id, conversation_id, message_id, source, policy, categories, types, action)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      randomUUID(),
      event.conversationId ?? null,
      event.messageId ?? null,
      event.source,
      event.policy,
      JSON.stringify(distinct(acting.map((finding) => finding.category))),
      JSON.stringify(distinct(acting.map((finding) => finding.type))),
      event.action,
    ],
  );
}

/** The latest interventions, newest first, optionally of one conversation. */
export async function listGuardrailEvents(db: Queryable, options: { limit: number; conversationId?: string }): Promise<GuardrailEvent[]> {
  const result = await db.query<GuardrailEventRow>(
    `SELECT * FROM guardrail_events WHERE ($2::uuid IS NULL OR conversation_id = $2::uuid) ORDER BY created_at DESC, id LIMIT $1`,
    [options.limit, options.conversationId ?? null],
  );
  return result.rows.map((row) => ({
    id: row.id,
    conversationId: row.conversation_id,
    messageId: row.message_id,
    source: row.source,
    policy: row.policy,
    categories: row.categories,
    types: row.types,
    action: row.action,
    createdAt: row.created_at,
  }));
}
