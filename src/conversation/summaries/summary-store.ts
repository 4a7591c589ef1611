import type { Queryable } from "../../storage/database.ts";

/** Stores the model-written summary on the conversation, and in place of the extractive one in its handoff package. */
export async function saveConversationSummary(db: Queryable, input: { conversationId: string; handoffId?: string; summary: string }): Promise<void> {
  await db.query("UPDATE conversations SET summary = $2, summarized_at = now() WHERE id = $1", [input.conversationId, input.summary]);
  if (input.handoffId) {
    await db.query("UPDATE handoffs SET package = jsonb_set(package, '{summary}', to_jsonb($3::text)) WHERE id = $1 AND conversation_id = $2", [
      input.handoffId,
      input.conversationId,
      input.summary,
    ]);
  }
}

/** The model-written summary of a conversation, if one was made. */
export async function findConversationSummary(db: Queryable, conversationId: string): Promise<{ summary: string; summarizedAt: Date } | undefined> {
  const result = await db.query<{ summary: string | null; summarized_at: Date | null }>("SELECT summary, summarized_at FROM conversations WHERE id = $1", [conversationId]);
  const row = result.rows[0];
  return row?.summary && row.summarized_at ? { summary: row.summary, summarizedAt: row.summarized_at } : undefined;
}
