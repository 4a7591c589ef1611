import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { KnowledgeBase, DocumentUpload } from "../../knowledge/knowledge-base.ts";
import type { KnowledgeDocument } from "../../knowledge/document-store.ts";
import { HttpError, notFound } from "../errors.ts";
import { parseWith, readJsonBody } from "../validate.ts";

export const jsonDocumentSchema = z
  .object({
    content: z.string().optional(),
    contentBase64: z.base64().optional(),
    contentType: z.string().max(200).optional(),
    filename: z.string().max(500).optional(),
    externalId: z.string().min(1).max(200).optional(),
    title: z.string().min(1).max(500).optional(),
  })
  .strict()
  .refine((body) => (body.content === undefined) !== (body.contentBase64 === undefined), "give exactly one of content or contentBase64")
  .refine((body) => body.contentType || body.filename || body.content !== undefined, "contentType (or filename) is required with contentBase64");

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "q is required").max(1000),
  lang: z.enum(["en", "es", "fr", "de", "zh"]).optional(),
  category: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(5),
});

const listQuerySchema = z.object({
  status: z.enum(["pending", "processing", "ready", "failed"]).optional(),
  lang: z.string().max(10).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The admin-facing view of a document. */
export function documentView(document: KnowledgeDocument) {
  return {
    id: document.id,
    externalId: document.externalId,
    title: document.title,
    lang: document.lang,
    category: document.category,
    region: document.region,
    contentType: document.contentType,
    source: document.source,
    status: document.status,
    error: document.error,
    chunkCount: document.chunkCount,
    embeddingModel: document.embeddingModel,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
  };
}

async function readUploads(context: Context): Promise<DocumentUpload[]> {
  const contentType = context.req.header("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const form = await context.req.parseBody({ all: true });
    const files = [form.file, form.files].flat().filter((value): value is File => value instanceof File);
    if (files.length === 0) throw new HttpError(422, "validation_failed", "Attach the document as a multipart field named 'file'");
    const externalId = typeof form.externalId === "string" && files.length === 1 ? form.externalId : undefined;
    return Promise.all(
      files.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined, filename: file.name, externalId })),
    );
  }
  const body = await readJsonBody(context, jsonDocumentSchema);
  const bytes = body.content !== undefined ? new TextEncoder().encode(body.content) : new Uint8Array(Buffer.from(body.contentBase64 ?? "", "base64"));
  return [
    {
      bytes,
      contentType: body.contentType ?? (body.content !== undefined && !body.filename ? "text/markdown" : undefined),
      filename: body.filename,
      externalId: body.externalId,
      title: body.title,
    },
  ];
}

/** `/v1/kb`: documents (submit, list, read, delete) and search. Admin only. */
export function knowledgeRoutes(deps: { knowledgeBase: KnowledgeBase; maxUploadBytes: number }): Hono {
  const app = new Hono();

  app.post(
    "/documents",
    // base64 and multipart framing add up to a third on top of the file itself.
    bodyLimit({
      maxSize: Math.ceil(deps.maxUploadBytes * 1.4) + 64 * 1024,
      onError: () => {
        throw new HttpError(413, "payload_too_large", `Documents may be at most ${deps.maxUploadBytes} bytes`);
      },
    }),
    async (context) => {
      const uploads = await readUploads(context);
      const submitted = [];
      for (const upload of uploads) submitted.push(await deps.knowledgeBase.submit(upload));
      if (submitted.length === 1) return context.json(submitted[0], 202);
      return context.json({ documents: submitted }, 202);
    },
  );

  app.get("/documents", async (context) => {
    const query = parseWith(listQuerySchema, context.req.query(), "query");
    const documents = await deps.knowledgeBase.list(query);
    return context.json({ documents: documents.map(documentView) });
  });

  app.get("/documents/:id", async (context) => {
    const id = context.req.param("id");
    const document = z.uuid().safeParse(id).success ? await deps.knowledgeBase.get(id) : undefined;
    if (!document) throw notFound("Document");
    return context.json(documentView(document));
  });

  app.delete("/documents/:id", async (context) => {
    const id = context.req.param("id");
    const deleted = z.uuid().safeParse(id).success ? await deps.knowledgeBase.remove(id) : undefined;
    if (!deleted) throw notFound("Document");
    return context.json({ deleted: true, id: deleted.id, externalId: deleted.externalId });
  });

  app.get("/search", async (context) => {
    const query = parseWith(searchQuerySchema, context.req.query(), "query");
    const results = await deps.knowledgeBase.search(query.q, {
      queryLanguage: query.lang,
      filters: { lang: query.lang, category: query.category, region: query.region },
      limit: query.limit,
    });
    return context.json({
      query: query.q,
      results: results.map((result, index) => ({
        rank: index + 1,
        score: Number(result.score.toFixed(6)),
        fullTextRank: result.fullTextRank ?? null,
        vectorSimilarity: result.vectorSimilarity === undefined ? null : Number(result.vectorSimilarity.toFixed(4)),
        documentId: result.documentId,
        externalId: result.externalId,
        title: result.title,
        lang: result.lang,
        category: result.category,
        region: result.region,
        chunkId: result.chunkId,
        text: result.text,
      })),
    });
  });

  return app;
}
