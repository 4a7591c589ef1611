import type { ChatAttachment } from "./conversation-client.ts";
import type { Strings } from "./i18n.ts";

/** One attached file in the transcript: its name, whether it is read yet, and what was read from it. */
export function AttachmentChip({ attachment, strings }: { attachment: ChatAttachment; strings: Strings }) {
  const working = attachment.status === "uploading" || attachment.status === "pending" || attachment.status === "processing";
  const fields = attachment.fields;
  const summary = [
    fields?.orderId ? strings.attachmentOrder(fields.orderId) : undefined,
    fields?.items?.length ? strings.attachmentItems(fields.items.length) : undefined,
    fields?.total !== undefined ? `${fields.total.toFixed(2)}${fields.currency ? ` ${fields.currency}` : ""}` : undefined,
  ].filter(Boolean);
  const state = attachment.status === "uploading" ? strings.attachmentUploading : working ? strings.attachmentReading : attachment.status === "failed" ? strings.attachmentUnreadable : strings.attachmentRead;
  return (
    <div className={`attachment ${attachment.status}`} data-attachment-id={attachment.id} aria-busy={working || undefined}>
      <span className="attachment-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="16" height="16"><path fill="currentColor" d="M14 2H6a2 2 0 0 0-2 2v16c0 1.1.9 2 2 2h12a2 2 0 0 0 2-2V8l-6-6Zm4 18H6V4h7v5h5v11Z" /></svg>
      </span>
      <span className="attachment-body">
        <span className="attachment-name">{attachment.filename}</span>
        <span className="attachment-state" role="status">
          {working && <span className="spinner" aria-hidden="true" />}
          {state}
          {summary.length > 0 && <> · {summary.join(" · ")}</>}
        </span>
        {attachment.status === "failed" && attachment.error && <span className="attachment-error">{attachment.error}</span>}
      </span>
    </div>
  );
}
