import type { Events } from "../../jobs/events.ts";
import { PermanentJobError, type JobHandler } from "../../jobs/job-runner.ts";
import type { RetryPolicy } from "../../jobs/retry-policy.ts";
import { StructuredOutputError, type ModelGateway } from "../../models/gateway/model-gateway.ts";
import { attachmentFieldsSchema, buildExtractRequest } from "../../models/prompts/index.ts";
import { isLanguage } from "../../i18n/language.ts";
import { text } from "../../i18n/texts.ts";
import type { BlobStore } from "../../storage/blobs/blob-store.ts";
import type { Database } from "../../storage/database.ts";
import { appendMessage, findConversation } from "../conversation-store.ts";
import { findAttachment, lockAttachment, updateAttachment, type Attachment, type AttachmentTextSource } from "./attachment-store.ts";
import { readAttachmentText, UnreadableAttachmentError } from "./read-attachment-text.ts";
import type { TextRecognizer } from "./text-recognizer.ts";

export const extractAttachmentJobType = "attachment.extract";

export interface ExtractAttachmentDependencies {
  db: Database;
  blobs: BlobStore;
  recognizer: TextRecognizer;
  gateway: ModelGateway;
  domainEvents: Events;
  retry: RetryPolicy;
}

/**
 * The `attachment.extract` job: the attachment's text (PDF text layer, OCR, plain text), then its
 * fields (order id, date, items, amounts, currency) from the extract task, validated by the schema.
 * A file that cannot be read, or model output that stays invalid after the gateway's two repairs,
 * fails the job at once and tells the customer in their language. A finished attachment is left
 * alone on redelivery.
 */
export function createExtractAttachmentJob(deps: ExtractAttachmentDependencies): JobHandler {
  return {
    type: extractAttachmentJobType,
    concurrency: 4,
    callsModel: true,
    retry: deps.retry,
    async run(context) {
      const attachment = await findAttachment(deps.db, String(context.payload.attachmentId ?? ""));
      if (!attachment) return { skipped: "attachment deleted" };
      if (attachment.status === "extracted" || attachment.status === "failed") return { attachmentId: attachment.id, status: attachment.status, redelivered: true };
      await updateAttachment(deps.db, attachment.id, { status: "processing" });

      let read;
      try {
        read = await readAttachmentText({ contentType: attachment.contentType, bytes: await deps.blobs.get(attachment.blobKey) }, deps.recognizer);
      } catch (error) {
        if (error instanceof UnreadableAttachmentError) {
          await failAttachment(attachment, error.message);
          throw new PermanentJobError(error.message);
        }
        throw error;
      }
      await context.progress({ step: "text", source: read.source, characters: read.text.length });

      let fields;
      try {
        const generated = await deps.gateway.generateObject("extract", attachmentFieldsSchema, buildExtractRequest(read.text), {
          conversationId: attachment.conversationId,
          jobId: context.jobId,
          priority: "background",
        });
        fields = generated.object;
      } catch (error) {
        if (error instanceof StructuredOutputError) {
          const reason = `The fields could not be extracted: ${error.validationError}`;
          await failAttachment(attachment, reason, read);
          throw new PermanentJobError(reason);
        }
        throw error;
      }
      await context.progress({ step: "fields", fields: Object.keys(fields).length });
      await updateAttachment(deps.db, attachment.id, { status: "extracted", textSource: read.source, extractedText: read.text, fields });
      deps.domainEvents.publish("attachment.extracted", { conversationId: attachment.conversationId, attachmentId: attachment.id, fields });
      return { attachmentId: attachment.id, textSource: read.source, characters: read.text.length, fields };
    },
    // Attempts ran out on transient failures (model unavailable): the customer still hears about it.
    onDead: async (payload, error) => {
      const attachment = await findAttachment(deps.db, String(payload.attachmentId ?? ""));
      if (attachment) await failAttachment(attachment, error);
    },
  };

  /** Records the failure with what was read so far, and tells the customer in their language. */
  async function failAttachment(attachment: Attachment, reason: string, read?: { text: string; source: AttachmentTextSource }): Promise<void> {
    const conversation = await findConversation(deps.db, attachment.conversationId);
    const language = isLanguage(conversation?.language) ? conversation.language : "en";
    // The failure and the customer's notice commit together, once: a redelivery neither repeats nor loses the notice.
    const failed = await deps.db.transaction(async (tx) => {
      const current = await lockAttachment(tx, attachment.id);
      if (!current || current.status === "failed" || current.status === "extracted") return false;
      await updateAttachment(tx, attachment.id, { status: "failed", error: reason, textSource: read?.source, extractedText: read?.text });
      await appendMessage(tx, { conversationId: attachment.conversationId, role: "system", text: text("attachmentFailed", language, { filename: attachment.filename }), language });
      return true;
    });
    if (failed) deps.domainEvents.publish("attachment.failed", { conversationId: attachment.conversationId, attachmentId: attachment.id, error: reason });
  }
}
