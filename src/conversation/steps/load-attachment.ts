import type { Queryable } from "../../storage/database.ts";
import { findLatestExtractedAttachment } from "../attachments/attachment-store.ts";
import { needsAnswer, type TurnStep } from "../turn-context.ts";

/** Step 6b: the fields of the customer's latest extracted attachment, so the answer can use them. */
export function loadAttachment(db: Queryable): TurnStep {
  return async (context) => {
    if (!needsAnswer(context)) return;
    const attachment = await findLatestExtractedAttachment(db, context.conversation.id);
    if (attachment?.fields) context.attachment = { filename: attachment.filename, fields: attachment.fields };
  };
}
