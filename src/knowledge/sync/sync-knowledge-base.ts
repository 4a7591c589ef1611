import { createHash } from "node:crypto";
import type { Queryable } from "../../storage/database.ts";
import { slugFromFilename } from "../derive-external-id.ts";
import { listDocumentsInScope } from "../document-store.ts";
import type { KnowledgeBase } from "../knowledge-base.ts";
import type { SyncSource } from "./sync-source.ts";

export interface SyncOutcome {
  scope: string;
  /** Files found in the source. */
  listed: number;
  /** New or changed files queued for ingestion, with their `kb.ingest` job ids. */
  submitted: Array<{ source: string; documentId: string; jobId: string }>;
  unchanged: number;
  /** Documents removed because their file is gone from the source. */
  deleted: Array<{ source: string; documentId: string }>;
  /** Files the knowledge base refused (unsupported type, too large); the rest of the sync goes on. */
  skipped: Array<{ source: string; error: string }>;
}

// Progress is reported every this many files.
const progressEvery = 25;

/**
 * Brings the documents of one source in line with it: files whose content hash changed (or that are
 * new) are submitted for ingestion, documents whose file disappeared are deleted — only within the
 * source's scope. Running it again changes nothing, so a redelivered sync job is harmless.
 */
export async function syncKnowledgeBase(
  deps: { db: Queryable; knowledgeBase: Pick<KnowledgeBase, "submit" | "remove"> },
  source: SyncSource,
  progress: (update: Record<string, unknown>) => Promise<void> = async () => {},
): Promise<SyncOutcome> {
  const existing = new Map((await listDocumentsInScope(deps.db, source.scope)).map((document) => [document.source, document]));
  const outcome: SyncOutcome = { scope: source.scope, listed: 0, submitted: [], unchanged: 0, deleted: [], skipped: [] };
  const seen = new Set<string>();
  const scopeTag = createHash("sha256").update(source.scope).digest("hex").slice(0, 8);
  for await (const entry of source.list()) {
    outcome.listed++;
    seen.add(entry.source);
    const bytes = await entry.read();
    const hash = createHash("sha256").update(bytes).digest("hex");
    const previous = existing.get(entry.source);
    if (previous?.contentHash === hash) {
      outcome.unchanged++;
    } else {
      try {
        const submitted = await deps.knowledgeBase.submit({
          bytes,
          filename: entry.filename,
          source: entry.source,
          // A file keeps the document it had; a new one gets an id no other source's file of the same name has.
          externalId: previous?.externalId,
          fallbackExternalId: `${slugFromFilename(entry.source.slice(source.scope.length).replaceAll("/", "-")) ?? "document"}-${scopeTag}`,
        });
        if (submitted.unchanged) outcome.unchanged++;
        else outcome.submitted.push({ source: entry.source, documentId: submitted.documentId, jobId: submitted.jobId });
      } catch (error) {
        if (!isRefusal(error)) throw error;
        outcome.skipped.push({ source: entry.source, error: error.message });
      }
    }
    if (outcome.listed % progressEvery === 0) await progress({ step: "listed", files: outcome.listed, submitted: outcome.submitted.length });
  }
  for (const [documentSource, document] of existing) {
    if (seen.has(documentSource)) continue;
    await deps.knowledgeBase.remove(document.id);
    outcome.deleted.push({ source: documentSource, documentId: document.id });
  }
  await progress({ step: "synced", files: outcome.listed, submitted: outcome.submitted.length, deleted: outcome.deleted.length });
  return outcome;
}

// The knowledge base's own refusals of one file; anything else (a read failing) retries the whole sync.
const isRefusal = (error: unknown): error is Error =>
  error instanceof Error && (error.name === "UploadTooLargeError" || error.name === "DocumentParseError");
