import { randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";

export type DocumentStatus = "pending" | "processing" | "ready" | "failed";

export interface KnowledgeDocument {
  id: string;
  externalId: string;
  title: string;
  lang: string | null;
  category: string | null;
  region: string | null;
  contentType: string | null;
  source: string;
  blobKey: string | null;
  contentHash: string | null;
  indexedHash: string | null;
  status: DocumentStatus;
  error: string | null;
  chunkCount: number;
  embeddingModel: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface DocumentRow {
  id: string;
  external_id: string;
  title: string;
  lang: string | null;
  category: string | null;
  region: string | null;
  content_type: string | null;
  source: string;
  blob_key: string | null;
  content_hash: string | null;
  indexed_hash: string | null;
  status: DocumentStatus;
  error: string | null;
  chunk_count: number;
  embedding_model: string | null;
  created_at: Date;
  updated_at: Date;
}

const toDocument = (row: DocumentRow): KnowledgeDocument => ({
  id: row.id,
  externalId: row.external_id,
  title: row.title,
  lang: row.lang,
  category: row.category,
  region: row.region,
  contentType: row.content_type,
  source: row.source,
  blobKey: row.blob_key,
  contentHash: row.content_hash,
  indexedHash: row.indexed_hash,
  status: row.status,
  error: row.error,
  chunkCount: row.chunk_count,
  embeddingModel: row.embedding_model,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface DocumentSubmission {
  externalId: string;
  title: string;
  source: string;
  contentType?: string;
  blobKey: string;
  contentHash: string;
}

/**
 * Records a submitted document (new, or a new version under the same external id). `unchanged`
 * is true when the same content is already indexed: re-ingesting it is a no-op.
 */
export async function recordDocumentSubmission(
  db: Queryable,
  submission: DocumentSubmission,
): Promise<{ document: KnowledgeDocument; unchanged: boolean }> {
  const result = await db.query<DocumentRow & { previous_hash: string | null; previous_status: DocumentStatus | null }>(
    `WITH previous AS (SELECT indexed_hash, status, embedding_model FROM documents WHERE external_id = $2)
     INSERT INTO documents (id, external_id, title, source, content_type, blob_key, content_hash, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')
     ON CONFLICT (external_id) DO UPDATE SET
       source = EXCLUDED.source, content_type = EXCLUDED.content_type, blob_key = EXCLUDED.blob_key,
       content_hash = EXCLUDED.content_hash, updated_at = now(),
       status = CASE WHEN documents.indexed_hash = EXCLUDED.content_hash AND documents.status = 'ready' THEN 'ready' ELSE 'pending' END,
       error = CASE WHEN documents.indexed_hash = EXCLUDED.content_hash AND documents.status = 'ready' THEN documents.error ELSE NULL END
     RETURNING *, (SELECT indexed_hash FROM previous) AS previous_hash, (SELECT status FROM previous) AS previous_status`,
    [randomUUID(), submission.externalId, submission.title, submission.source, submission.contentType ?? null, submission.blobKey, submission.contentHash],
  );
  const row = result.rows[0];
  const unchanged = row.previous_hash === submission.contentHash && row.previous_status === "ready";
  return { document: toDocument(row), unchanged };
}

/** One document by its id. */
export async function findDocument(db: Queryable, id: string): Promise<KnowledgeDocument | undefined> {
  const result = await db.query<DocumentRow>("SELECT * FROM documents WHERE id = $1", [id]);
  return result.rows[0] ? toDocument(result.rows[0]) : undefined;
}

/** One document by its external id. */
export async function findDocumentByExternalId(db: Queryable, externalId: string): Promise<KnowledgeDocument | undefined> {
  const result = await db.query<DocumentRow>("SELECT * FROM documents WHERE external_id = $1", [externalId]);
  return result.rows[0] ? toDocument(result.rows[0]) : undefined;
}

/** Documents, newest first, with optional filters. */
export async function listDocuments(
  db: Queryable,
  filters: { status?: DocumentStatus; lang?: string; source?: string; limit?: number; offset?: number } = {},
): Promise<KnowledgeDocument[]> {
  const result = await db.query<DocumentRow>(
    `SELECT * FROM documents
     WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR lang = $2) AND ($3::text IS NULL OR source LIKE $3 || '%')
     ORDER BY updated_at DESC, external_id LIMIT $4 OFFSET $5`,
    [filters.status ?? null, filters.lang ?? null, filters.source ?? null, filters.limit ?? 100, filters.offset ?? 0],
  );
  return result.rows.map(toDocument);
}

/** Counts documents (for a fresh-start check). */
export async function countDocuments(db: Queryable): Promise<number> {
  const result = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM documents");
  return result.rows[0].count;
}

/** Moves a document's status (processing / failed), recording an error when it failed. */
export async function setDocumentStatus(db: Queryable, id: string, status: DocumentStatus, error?: string): Promise<void> {
  await db.query("UPDATE documents SET status = $2, error = $3, updated_at = now() WHERE id = $1", [id, status, error ?? null]);
}

/** Deletes a document; its chunks go with it (ON DELETE CASCADE). Returns the deleted document. */
export async function deleteDocument(db: Queryable, id: string): Promise<KnowledgeDocument | undefined> {
  const result = await db.query<DocumentRow>("DELETE FROM documents WHERE id = $1 RETURNING *", [id]);
  return result.rows[0] ? toDocument(result.rows[0]) : undefined;
}

/** Whether any other document still uses this blob (uploads are content-addressed). */
export async function isBlobShared(db: Queryable, blobKey: string): Promise<boolean> {
  const result = await db.query("SELECT 1 FROM documents WHERE blob_key = $1 LIMIT 1", [blobKey]);
  return result.rowCount > 0;
}

/** Every document whose source starts with `prefix` (a sync's scope), whatever its status. */
export async function listDocumentsInScope(db: Queryable, prefix: string): Promise<KnowledgeDocument[]> {
  const result = await db.query<DocumentRow>("SELECT * FROM documents WHERE starts_with(source, $1) ORDER BY source", [prefix]);
  return result.rows.map(toDocument);
}
