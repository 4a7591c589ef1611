import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { Attachment } from "../../conversation/attachments/attachment-store.ts";
import { AttachmentRefusedError, type AttachmentService } from "../../conversation/attachments/attachment-service.ts";
import type { Authorization } from "../auth.ts";
import { HttpError, notFound } from "../errors.ts";

/** What the customer (and the widget) sees of an attachment. */
export function attachmentView(attachment: Attachment) {
  return {
    id: attachment.id,
    filename: attachment.filename,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    status: attachment.status,
    textSource: attachment.textSource,
    fields: attachment.fields,
    error: attachment.error,
    jobId: attachment.jobId,
    createdAt: attachment.createdAt.toISOString(),
    updatedAt: attachment.updatedAt.toISOString(),
  };
}

const idSchema = z.uuid();
const filenameSchema = z.string().trim().min(1).max(255);

/** `/v1/conversations/:id/attachments`: the customer attaches a file (multipart, field `file`) and lists them with their status. */
export function attachmentRoutes(deps: { attachments: AttachmentService; auth: Authorization; conversationExists: (id: string) => Promise<boolean>; maxBytes: number }): Hono {
  const app = new Hono();

  const authorize = async (context: Context) => {
    const id = context.req.param("id") ?? "";
    if (!idSchema.safeParse(id).success) throw notFound("Conversation");
    await deps.auth.requireConversationAccess(context, id);
    if (!(await deps.conversationExists(id))) throw notFound("Conversation");
    return id;
  };

  app.post(
    "/:id/attachments",
    // Multipart framing adds a little to the file itself.
    bodyLimit({
      maxSize: deps.maxBytes + 64 * 1024,
      onError: () => {
        throw new HttpError(413, "payload_too_large", `Attachments may be at most ${deps.maxBytes} bytes`);
      },
    }),
    async (context) => {
      const conversationId = await authorize(context);
      if (!(context.req.header("content-type") ?? "").startsWith("multipart/form-data")) {
        throw new HttpError(415, "unsupported_media_type", "Send the file as multipart/form-data in a field named 'file'");
      }
      const form = await context.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) throw new HttpError(422, "validation_failed", "Attach the file as a multipart field named 'file'");
      const filename = filenameSchema.safeParse(file.name).data ?? "attachment";
      try {
        const { attachment, job } = await deps.attachments.submit(conversationId, { bytes: new Uint8Array(await file.arrayBuffer()), filename });
        return context.json({ attachmentId: attachment.id, jobId: job.id, attachment: attachmentView(attachment) }, 202);
      } catch (error) {
        if (error instanceof AttachmentRefusedError) {
          throw error.reason === "too_large" ? new HttpError(413, "payload_too_large", error.message) : new HttpError(415, "unsupported_media_type", error.message);
        }
        throw error;
      }
    },
  );

  app.get("/:id/attachments", async (context) => {
    const conversationId = await authorize(context);
    return context.json({ attachments: (await deps.attachments.list(conversationId)).map(attachmentView) });
  });

  return app;
}
