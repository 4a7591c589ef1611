import type { Queryable } from "../storage/database.ts";

/** The knowledge base's current version: it changes whenever a document is ingested, replaced or deleted. */
export async function readKnowledgeBaseVersion(db: Queryable): Promise<number> {
  const result = await db.query<{ version: string | number }>("SELECT version FROM knowledge_base_version");
  return Number(result.rows[0]?.version ?? 0);
}
