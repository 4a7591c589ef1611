import type { BlobStore } from "../storage/blobs/blob-store.ts";
import type { Database } from "../storage/database.ts";

export interface RetentionSweepResult {
  cutoff: string;
  conversations: number;
  messages: number;
  attachments: number;
  blobs: number;
}

// Conversations deleted per transaction: bounded, so a first sweep of a large backlog never holds one huge transaction.
const batchSize = 200;

/**
 * Deletes conversations idle (no message, no status change) since before `now − days`, with their
 * messages and everything else that cascades, and the blobs of their attachments. The blobs go
 * first: a sweep stopped in between leaves rows whose blobs are gone, which the next sweep deletes
 * again (deleting a missing blob is a no-op), never a blob nobody points to. Idempotent.
 */
export async function sweepExpiredConversations(deps: { db: Database; blobs: BlobStore }, options: { days: number; now?: Date }): Promise<RetentionSweepResult> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.days * 24 * 60 * 60 * 1000);
  const result: RetentionSweepResult = { cutoff: cutoff.toISOString(), conversations: 0, messages: 0, attachments: 0, blobs: 0 };
  for (;;) {
    const expired = await deps.db.query<{ id: string }>("SELECT id FROM conversations WHERE updated_at < $1 ORDER BY updated_at LIMIT $2", [cutoff, batchSize]);
    const ids = expired.rows.map((row) => row.id);
    if (ids.length === 0) return result;
    const blobKeys = await deps.db.query<{ blob_key: string }>("SELECT DISTINCT blob_key FROM attachments WHERE conversation_id = ANY($1::uuid[])", [ids]);
    for (const { blob_key: key } of blobKeys.rows) await deps.blobs.delete(key);
    result.blobs += blobKeys.rowCount;
    const counted = await deps.db.transaction(async (tx) => {
      // Re-checked and locked inside the transaction: a conversation that came back to life since the select stays.
      const locked = await tx.query<{ id: string }>("SELECT id FROM conversations WHERE id = ANY($1::uuid[]) AND updated_at < $2 FOR UPDATE", [ids, cutoff]);
      const doomed = locked.rows.map((row) => row.id);
      const messages = await tx.query<{ count: number }>("SELECT count(*)::int AS count FROM messages WHERE conversation_id = ANY($1::uuid[])", [doomed]);
      const attachments = await tx.query<{ count: number }>("SELECT count(*)::int AS count FROM attachments WHERE conversation_id = ANY($1::uuid[])", [doomed]);
      const deleted = await tx.query("DELETE FROM conversations WHERE id = ANY($1::uuid[])", [doomed]);
      return { conversations: deleted.rowCount, messages: messages.rows[0].count, attachments: attachments.rows[0].count };
    });
    result.conversations += counted.conversations;
    result.messages += counted.messages;
    result.attachments += counted.attachments;
  }
}
