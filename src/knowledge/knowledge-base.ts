import { createHash } from "node:crypto";
import type { Embedder } from "../models/model-port.ts";
import type { Database } from "../storage/database.ts";
import type { BlobStore } from "../storage/blobs/blob-store.ts";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { insertJob, type JobRecord } from "../jobs/job-store.ts";
import type { Queue } from "../jobs/queue.ts";
import { defaultRetryPolicy, type RetryPolicy } from "../jobs/retry-policy.ts";
import { randomUUID } from "node:crypto";
import { peekFrontMatter, slugFromFilename } from "./derive-external-id.ts";
import {
  deleteDocument,
  findDocument,
  isBlobShared,
  listDocuments,
  recordDocumentSubmission,
  type KnowledgeDocument,
} from "./document-store.ts";
import { detectContentType } from "./parse/parse-document.ts";
import { detectLanguage } from "../i18n/detect-language.ts";
import { hybridSearch, type SearchFilters, type SearchResult } from "./hybrid-search.ts";

export const ingestJobType = "kb.ingest";

export interface DocumentUpload {
  bytes: Uint8Array;
  contentType?: string;
  filename?: string;
  externalId?: string;
  title?: string;
  /** Where it came from: `upload`, or `file:<path>` for folder ingestion (used by re-sync). */
  source?: string;
  /** The external id when neither `externalId` nor front matter gives one, instead of the file name's slug (a sync's ids are unique per source). */
  fallbackExternalId?: string;
}

export interface SubmittedDocument {
  documentId: string;
  externalId: string;
  jobId: string;
  unchanged: boolean;
}

export class UploadTooLargeError extends Error {
  override name = "UploadTooLargeError";
}

export interface KnowledgeBaseDependencies {
  db: Database;
  blobs: BlobStore;
  queue: Queue;
  embedder: Embedder;
  vectors: boolean;
  maxUploadBytes: number;
  /** Retry policy of `kb.ingest` jobs; default 1 s, 4 s, 16 s between 4 attempts. */
  ingestRetry?: RetryPolicy;
}

/** The knowledge base's use cases: submit (queued ingestion), search, list, delete. */
export function createKnowledgeBase(deps: KnowledgeBaseDependencies) {
  const { db, blobs, queue, embedder } = deps;

  async function submit(upload: DocumentUpload): Promise<SubmittedDocument> {
    if (upload.bytes.byteLength > deps.maxUploadBytes) {
      throw new UploadTooLargeError(`Document is ${upload.bytes.byteLength} bytes; the limit is ${deps.maxUploadBytes}`);
    }
    // Unknown types are refused up front (throws DocumentParseError "unsupported_type"); corrupt or
    // empty files are only found by parsing, in the job, and recorded on the document.
    const contentType = detectContentType({ bytes: upload.bytes, contentType: upload.contentType, filename: upload.filename });
    const contentHash = createHash("sha256").update(upload.bytes).digest("hex");
    const frontMatter = contentType === "text/markdown" ? peekFrontMatter(new TextDecoder().decode(upload.bytes.subarray(0, 4096))) : {};
    const externalId =
      upload.externalId ?? frontMatter.id ?? upload.fallbackExternalId ?? (upload.filename && slugFromFilename(upload.filename)) ?? `doc-${contentHash.slice(0, 16)}`;
    const blobKey = `documents/${contentHash.slice(0, 2)}/${contentHash}`;
    await blobs.put(blobKey, upload.bytes);
    const { document, unchanged } = await recordDocumentSubmission(db, {
      externalId,
      title: upload.title ?? frontMatter.title ?? upload.filename ?? externalId,
      source: upload.source ?? "upload",
      contentType,
      blobKey,
      contentHash,
    });
    if (unchanged) {
      // Same content already indexed: record a finished job so callers can follow it like any other.
      const { job } = await insertJob(db, {
        id: randomUUID(),
        type: ingestJobType,
        payload: { documentId: document.id },
        status: "succeeded",
        result: { unchanged: true, chunks: document.chunkCount },
      });
      return { documentId: document.id, externalId, jobId: job.id, unchanged: true };
    }
    const { job } = await enqueueJob(db, queue, {
      type: ingestJobType,
      payload: { documentId: document.id, contentHash },
      // One job per document version: re-submitting the same version while it is queued reuses it.
      idempotencyKey: `${ingestJobType}:${document.id}:${contentHash}`,
      maxAttempts: (deps.ingestRetry ?? defaultRetryPolicy).maxAttempts,
    });
    return { documentId: document.id, externalId, jobId: job.id, unchanged: false };
  }

  async function search(
    query: string,
    options: { queryLanguage?: string; filters?: SearchFilters; prefer?: { lang?: string; regions?: string[] }; limit?: number } = {},
  ): Promise<SearchResult[]> {
    const queryVector = deps.vectors ? (await embedder.embed([query]))[0] : undefined;
    return hybridSearch(db, {
      query,
      // Stemming needs the query's language; an admin's ad-hoc search may not say it.
      queryLanguage: options.queryLanguage ?? detectLanguage(query).language,
      queryVector,
      embedding: { model: embedder.model, dims: embedder.dimensions },
      filters: options.filters,
      prefer: options.prefer,
      limit: options.limit,
    });
  }

  async function remove(id: string): Promise<KnowledgeDocument | undefined> {
    const deleted = await deleteDocument(db, id);
    if (deleted?.blobKey && !(await isBlobShared(db, deleted.blobKey))) await blobs.delete(deleted.blobKey);
    return deleted;
  }

  return {
    submit,
    search,
    remove,
    get: (id: string) => findDocument(db, id),
    list: (filters?: Parameters<typeof listDocuments>[1]) => listDocuments(db, filters),
  };
}

export type KnowledgeBase = ReturnType<typeof createKnowledgeBase>;
export type { JobRecord };
