import type { Queryable } from "../../storage/database.ts";
import { daysOf, type DateRange } from "../date-range.ts";
import { isModelAnswer, toNumber, utcDay } from "./sql-fragments.ts";

export interface ConversationsOnDay {
  day: string;
  conversations: number;
  aiResolved: number;
  escalated: number;
  unresolved: number;
}

/**
 * Conversations started each day in which the customer wrote at least once, by outcome: escalated
 * (handed to a person), resolved by the AI (a model answer that was not a "no answer", and no
 * handoff), or unresolved (neither: only declined answers, refusals or nothing).
 */
export async function conversationsPerDay(db: Queryable, range: DateRange): Promise<ConversationsOnDay[]> {
  const result = await db.query<{ day: string; conversations: number; ai_resolved: number; escalated: number }>(
    // Joins of grouped rows rather than EXISTS per conversation: one pass over the range's messages.
    `WITH started AS (SELECT id, created_at FROM conversations WHERE created_at >= $1 AND created_at < $2),
     engaged AS (
       SELECT m.conversation_id, bool_or(${isModelAnswer("m")} AND m.status = 'complete' AND NOT m.no_answer) AS answered
       FROM messages m JOIN started ON started.id = m.conversation_id
       GROUP BY m.conversation_id HAVING bool_or(m.role = 'user')
     ),
     escalated AS (SELECT DISTINCT h.conversation_id FROM handoffs h JOIN started ON started.id = h.conversation_id)
     SELECT ${utcDay("started.created_at")} AS day, count(*)::int AS conversations,
       count(*) FILTER (WHERE engaged.answered AND escalated.conversation_id IS NULL)::int AS ai_resolved,
       count(*) FILTER (WHERE escalated.conversation_id IS NOT NULL)::int AS escalated
     FROM started JOIN engaged ON engaged.conversation_id = started.id
     LEFT JOIN escalated ON escalated.conversation_id = started.id
     GROUP BY 1`,
    [range.start, range.end],
  );
  const byDay = new Map(result.rows.map((row) => [row.day, row]));
  return daysOf(range).map((day) => {
    const row = byDay.get(day);
    const conversations = toNumber(row?.conversations) ?? 0;
    const aiResolved = toNumber(row?.ai_resolved) ?? 0;
    const escalated = toNumber(row?.escalated) ?? 0;
    return { day, conversations, aiResolved, escalated, unresolved: conversations - aiResolved - escalated };
  });
}

export interface EscalationReasonCount {
  reason: string;
  handoffs: number;
  conversations: number;
}

/** Why conversations went to a person: each handoff counts once per trigger it recorded. */
export async function escalationReasons(db: Queryable, range: DateRange): Promise<EscalationReasonCount[]> {
  const result = await db.query<{ reason: string; handoffs: number; conversations: number }>(
    `SELECT reason.value->>'trigger' AS reason, count(*)::int AS handoffs, count(DISTINCT h.conversation_id)::int AS conversations
     FROM handoffs h CROSS JOIN LATERAL jsonb_array_elements(h.reasons) AS reason(value)
     WHERE h.created_at >= $1 AND h.created_at < $2
     GROUP BY 1 ORDER BY handoffs DESC, reason`,
    [range.start, range.end],
  );
  return result.rows.map((row) => ({ reason: row.reason ?? "unknown", handoffs: toNumber(row.handoffs) ?? 0, conversations: toNumber(row.conversations) ?? 0 }));
}
