import type { Queryable } from "../../storage/database.ts";

/** Marks a stored answer as served from the response cache; it cost nothing. */
export async function markCachedAnswer(db: Queryable, messageId: string, kind: "exact" | "semantic"): Promise<void> {
  await db.query("UPDATE messages SET response_cache = $2 WHERE id = $1", [messageId, kind]);
}
