import { readFile } from "node:fs/promises";
import { Hono } from "hono";
import { z } from "zod";
import type { Queryable } from "../../storage/database.ts";
import { findDocument } from "../../knowledge/document-store.ts";
import { notFound } from "../errors.ts";

const webRoot = new URL("../../../web/chat/", import.meta.url);
const assets: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/chat.js": { file: "chat.js", type: "text/javascript; charset=utf-8" },
  "/chat.css": { file: "chat.css", type: "text/css; charset=utf-8" },
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] ?? character);

/** The chat page and a readable view of each knowledge-base article (what citations link to). */
export function staticPageRoutes(db: Queryable): Hono {
  const app = new Hono();
  for (const [path, asset] of Object.entries(assets)) {
    app.get(path, async (context) => {
      const body = await readFile(new URL(asset.file, webRoot), "utf8");
      return context.body(body, 200, { "content-type": asset.type, "cache-control": "no-cache" });
    });
  }

  app.get("/kb/:id", async (context) => {
    const id = context.req.param("id");
    const document = z.uuid().safeParse(id).success ? await findDocument(db, id) : undefined;
    if (!document) throw notFound("Document");
    const sections = await db.query<{ text: string }>("SELECT text FROM chunks WHERE document_id = $1 AND level = 'parent' ORDER BY position", [id]);
    const paragraphs = sections.rows
      .flatMap((row) => row.text.split(/\n{2,}/))
      .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
      .join("\n");
    const html = `<!doctype html>
<html lang="${escapeHtml(document.lang ?? "en")}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2933}h1{font-size:1.6rem}.meta{color:#52606d;font-size:.9rem}</style>
</head><body><article><h1>${escapeHtml(document.title)}</h1>
<p class="meta">${escapeHtml([document.externalId, document.lang, document.category, document.region].filter(Boolean).join(" · "))}</p>
${paragraphs}</article></body></html>`;
    return context.html(html, 200, { "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" });
  });
  return app;
}
