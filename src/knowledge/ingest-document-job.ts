import type { Embedder } from "../models/model-port.ts";
import type { Database } from "../storage/database.ts";
import type { BlobStore } from "../storage/blobs/blob-store.ts";
import { ensureVectorIndex } from "../storage/migrate.ts";
import { PermanentJobError, type JobHandler } from "../jobs/job-runner.ts";
import { defaultRetryPolicy, type RetryPolicy } from "../jobs/retry-policy.ts";
import { chunkDocument } from "./chunk/hierarchical-chunker.ts";
import { replaceDocumentChunks } from "./chunk-store.ts";
import { findDocument, setDocumentStatus } from "./document-store.ts";
import { ingestJobType } from "./knowledge-base.ts";
import { DocumentParseError, parseDocument } from "./parse/parse-document.ts";

// Children embedded per progress report (and per round of embedding calls).
const embeddingBatch = 32;

export interface IngestDependencies {
  db: Database;
  blobs: BlobStore;
  embedder: Embedder;
  vectors: boolean;
  maxUploadBytes: number;
  concurrency?: number;
  retry?: RetryPolicy;
}

/** The `kb.ingest` job: parse → hierarchical chunks → embeddings in batches → atomic index swap. */
export function createIngestDocumentJob(deps: IngestDependencies): JobHandler {
  const indexedModels = new Set<string>();
  return {
    type: ingestJobType,
    concurrency: deps.concurrency ?? 2,
    callsModel: deps.vectors,
    retry: deps.retry ?? defaultRetryPolicy,
    run: (context) => ingest(String(context.payload.documentId ?? ""), context.progress),
    // A dead-lettered document must not stay "processing" forever.
    onDead: (payload, error) => setDocumentStatus(deps.db, String(payload.documentId), "failed", error),
  };

  async function ingest(documentId: string, progress: (update: Record<string, unknown>) => Promise<void>) {
      const document = await findDocument(deps.db, documentId);
      if (!document) return { skipped: "document deleted" };
      if (document.status === "ready" && document.indexedHash === document.contentHash) return { unchanged: true, chunks: document.chunkCount };
      if (!document.blobKey || !document.contentHash) throw new PermanentJobError("Document has no stored content");
      await setDocumentStatus(deps.db, documentId, "processing");

      let parsed;
      try {
        const bytes = await deps.blobs.get(document.blobKey);
        parsed = await parseDocument({ bytes, contentType: document.contentType ?? undefined, filename: document.title, maxBytes: deps.maxUploadBytes });
      } catch (error) {
        if (error instanceof DocumentParseError) {
          await setDocumentStatus(deps.db, documentId, "failed", `${error.code}: ${error.message}`);
          throw new PermanentJobError(error.message);
        }
        throw error;
      }
      await progress({ step: "parsed", characters: parsed.text.length });

      const parents = chunkDocument(parsed.text);
      const children = parents.flatMap((parent) => parent.children);
      await progress({ step: "chunked", parents: parents.length, children: children.length });

      const embeddings: number[][] = [];
      if (deps.vectors) {
        for (let start = 0; start < children.length; start += embeddingBatch) {
          embeddings.push(...(await deps.embedder.embed(children.slice(start, start + embeddingBatch).map((child) => child.text))));
          await progress({ step: "embedded", done: embeddings.length, total: children.length });
        }
        const key = `${deps.embedder.model}:${deps.embedder.dimensions}`;
        if (!indexedModels.has(key)) {
          await ensureVectorIndex(deps.db, deps.embedder.model, deps.embedder.dimensions);
          indexedModels.add(key);
        }
      }

      let childIndex = 0;
      const chunkCount = await replaceDocumentChunks(
        deps.db,
        {
          documentId,
          contentHash: document.contentHash,
          title: parsed.title || document.title,
          lang: parsed.lang ?? null,
          category: parsed.category ?? null,
          region: parsed.region ?? null,
          metadata: parsed.metadata,
          embedding: deps.vectors ? { model: deps.embedder.model, dims: deps.embedder.dimensions } : undefined,
          parents: parents.map((parent) => ({
            text: parent.text,
            tokenCount: parent.tokenCount,
            children: parent.children.map((child) => ({ text: child.text, tokenCount: child.tokenCount, embedding: embeddings[childIndex++] })),
          })),
        },
        { vectors: deps.vectors },
      );
      await progress({ step: "indexed", parents: parents.length, children: children.length });
      return { chunks: children.length, parents: parents.length, rows: chunkCount, lang: parsed.lang ?? null };
  }
}
