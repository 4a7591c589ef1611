import { randomUUID } from "node:crypto";
import { writeJobAndSend } from "../../jobs/enqueue-job.ts";
import { insertJob, isFinished, type JobRecord } from "../../jobs/job-store.ts";
import type { JobWatcher } from "../../jobs/job-watcher.ts";
import type { Queue } from "../../jobs/queue.ts";
import type { RetryPolicy } from "../../jobs/retry-policy.ts";
import type { BlobStore } from "../../storage/blobs/blob-store.ts";
import type { Database } from "../../storage/database.ts";
import type { ConversationEventBus } from "../conversation-event-bus.ts";
import { findAttachment, insertAttachment, listAttachments, type Attachment } from "./attachment-store.ts";
import { attachmentTypes, detectAttachmentType } from "./detect-attachment-type.ts";
import { extractAttachmentJobType } from "./extract-attachment-job.ts";

/** An attachment Switchboard will not take: too large (413) or of a type it cannot read (415). */
export class AttachmentRefusedError extends Error {
  override name = "AttachmentRefusedError";
  constructor(
    readonly reason: "too_large" | "unsupported_type",
    message: string,
  ) {
    super(message);
  }
}

export interface AttachmentDependencies {
  db: Database;
  blobs: BlobStore;
  queue: Queue;
  /** Follows each extraction job wherever it runs, to push the attachment's status to the customer. */
  jobUpdates: JobWatcher;
  events: ConversationEventBus;
  maxBytes: number;
  retry: RetryPolicy;
}

/** Customers' attachments: accept one (stored, then extracted by a job), list them, push their progress. */
export function createAttachmentService(deps: AttachmentDependencies) {
  /** Publishes `attachment.status` to the conversation's live clients on every change until the job ends. */
  const followExtraction = (attachment: Attachment, jobId: string) => {
    let lastStatus = attachment.status;
    const stop = deps.jobUpdates.watch(jobId, (job) => {
      void findAttachment(deps.db, attachment.id)
        .then((current) => {
          if (current && current.status !== lastStatus) {
            lastStatus = current.status;
            deps.events.publish(current.conversationId, { type: "attachment.status", attachment: current });
          }
        })
        // A missed push is not lost for good: the customer's next GET of the attachments shows the status.
        .catch(() => {});
      if (!job || isFinished(job.status)) stop();
    });
  };

  return {
    async submit(conversationId: string, file: { bytes: Uint8Array; filename: string }): Promise<{ attachment: Attachment; job: JobRecord }> {
      if (file.bytes.byteLength > deps.maxBytes) {
        throw new AttachmentRefusedError("too_large", `The file is ${file.bytes.byteLength} bytes; attachments may be at most ${deps.maxBytes}`);
      }
      const contentType = detectAttachmentType(file.bytes);
      if (!contentType) throw new AttachmentRefusedError("unsupported_type", `Attach a PDF, a PNG, JPEG or WebP image, or a text file (${attachmentTypes.join(", ")})`);
      const id = randomUUID();
      const jobId = randomUUID();
      // Keyed by conversation and attachment id: never a path the customer chose.
      const blobKey = `attachments/${conversationId}/${id}`;
      await deps.blobs.put(blobKey, file.bytes);
      const submitted = await writeJobAndSend(deps.db, deps.queue, async (tx) => {
        const attachment = await insertAttachment(tx, { id, conversationId, filename: file.filename, contentType, sizeBytes: file.bytes.byteLength, blobKey, jobId });
        const { job } = await insertJob(tx, { id: jobId, type: extractAttachmentJobType, payload: { attachmentId: id }, idempotencyKey: `${extractAttachmentJobType}:${id}` });
        return { value: { attachment, job }, message: { type: extractAttachmentJobType, payload: { attachmentId: id }, options: { id: jobId, retryLimit: deps.retry.maxAttempts } } };
      });
      followExtraction(submitted.attachment, jobId);
      return submitted;
    },
    list: (conversationId: string) => listAttachments(deps.db, conversationId),
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
