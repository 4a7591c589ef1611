import type { Queryable } from "../../storage/database.ts";

export type AttachmentStatus = "pending" | "processing" | "extracted" | "failed";
export type AttachmentTextSource = "pdf" | "ocr" | "text";

export interface Attachment {
  id: string;
  conversationId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  blobKey: string;
  status: AttachmentStatus;
  textSource: AttachmentTextSource | null;
  extractedText: string | null;
  fields: Record<string, unknown> | null;
  error: string | null;
  jobId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface AttachmentRow {
  id: string;
  conversation_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  blob_key: string;
  status: AttachmentStatus;
  text_source: AttachmentTextSource | null;
  extracted_text: string | null;
  fields: Record<string, unknown> | null;
  error: string | null;
  job_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  conversationId: row.conversation_id,
  filename: row.filename,
  contentType: row.content_type,
  sizeBytes: row.size_bytes,
  blobKey: row.blob_key,
  status: row.status,
  textSource: row.text_source,
  extractedText: row.extracted_text,
  fields: row.fields,
  error: row.error,
  jobId: row.job_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Records an uploaded attachment (its bytes already in the blob store), pending extraction by `jobId`. */
export async function insertAttachment(
  db: Queryable,
  attachment: Pick<Attachment, "id" | "conversationId" | "filename" | "contentType" | "sizeBytes" | "blobKey" | "jobId">,
): Promise<Attachment> {
  const result = await db.query<AttachmentRow>(
    `INSERT INTO attachments (id, conversation_id, filename, content_type, size_bytes, blob_key, job_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [attachment.id, attachment.conversationId, attachment.filename, attachment.contentType, attachment.sizeBytes, attachment.blobKey, attachment.jobId],
  );
  return toAttachment(result.rows[0]);
}

/** One attachment by id. */
export async function findAttachment(db: Queryable, id: string): Promise<Attachment | undefined> {
  const result = await db.query<AttachmentRow>("SELECT * FROM attachments WHERE id = $1", [id]);
  return result.rows[0] ? toAttachment(result.rows[0]) : undefined;
}

/** One attachment, its row locked until the transaction ends (so two deliveries cannot both finish it). */
export async function lockAttachment(tx: Queryable, id: string): Promise<Attachment | undefined> {
  const result = await tx.query<AttachmentRow>("SELECT * FROM attachments WHERE id = $1 FOR UPDATE", [id]);
  return result.rows[0] ? toAttachment(result.rows[0]) : undefined;
}

/** A conversation's attachments, oldest first. */
export async function listAttachments(db: Queryable, conversationId: string): Promise<Attachment[]> {
  const result = await db.query<AttachmentRow>("SELECT * FROM attachments WHERE conversation_id = $1 ORDER BY created_at, id", [conversationId]);
  return result.rows.map(toAttachment);
}

/** The most recent attachment of a conversation whose fields were extracted, for the next turn's prompt. */
export async function findLatestExtractedAttachment(db: Queryable, conversationId: string): Promise<Attachment | undefined> {
  const result = await db.query<AttachmentRow>(
    "SELECT * FROM attachments WHERE conversation_id = $1 AND status = 'extracted' ORDER BY updated_at DESC, id LIMIT 1",
    [conversationId],
  );
  return result.rows[0] ? toAttachment(result.rows[0]) : undefined;
}

/** Moves an attachment through extraction; `extracted` carries what was read, `failed` why not. */
export async function updateAttachment(
  db: Queryable,
  id: string,
  update:
    | { status: "processing" }
    | { status: "extracted"; textSource: AttachmentTextSource | null; extractedText: string; fields: Record<string, unknown> | null }
    | { status: "failed"; error: string; textSource?: AttachmentTextSource | null; extractedText?: string | null },
): Promise<Attachment | undefined> {
  const result = await db.query<AttachmentRow>(
    `UPDATE attachments SET status = $2, text_source = coalesce($3, text_source), extracted_text = coalesce($4, extracted_text),
            fields = coalesce($5, fields), error = $6, updated_at = now()
     WHERE id = $1 RETURNING *`,
    [
      id,
      update.status,
      "textSource" in update ? (update.textSource ?? null) : null,
      "extractedText" in update ? (update.extractedText ?? null) : null,
      "fields" in update && update.fields ? JSON.stringify(update.fields) : null,
      update.status === "failed" ? update.error : null,
    ],
  );
  return result.rows[0] ? toAttachment(result.rows[0]) : undefined;
}
