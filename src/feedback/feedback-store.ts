import type { Queryable } from "../storage/database.ts";

export type FeedbackValue = "up" | "down";

export interface CsatRating {
  conversationId: string;
  rating: number;
  comment: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Stores the conversation's satisfaction rating; rating again replaces the earlier one. */
export async function saveCsat(db: Queryable, input: { conversationId: string; rating: number; comment?: string }): Promise<CsatRating> {
  const result = await db.query<{ conversation_id: string; rating: number; comment: string | null; created_at: Date; updated_at: Date }>(
    `INSERT INTO csat (conversation_id, rating, comment) VALUES ($1, $2, $3)
     ON CONFLICT (conversation_id) DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, updated_at = now()
     RETURNING conversation_id, rating, comment, created_at, updated_at`,
    [input.conversationId, input.rating, input.comment ?? null],
  );
  const row = result.rows[0];
  return { conversationId: row.conversation_id, rating: Number(row.rating), comment: row.comment, createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) };
}

/**
 * Records a thumb on one assistant answer of the conversation. Answers false when the conversation
 * holds no assistant message with that id (so a token cannot rate another conversation's answers).
 */
export async function saveMessageFeedback(db: Queryable, input: { conversationId: string; messageId: string; value: FeedbackValue }): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO message_feedback (message_id, conversation_id, value)
     SELECT id, conversation_id, $3 FROM messages WHERE id = $1 AND conversation_id = $2 AND role = 'assistant'
     ON CONFLICT (message_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [input.messageId, input.conversationId, input.value],
  );
  return result.rowCount > 0;
}
