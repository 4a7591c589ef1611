import { readFile } from "node:fs/promises";
import path from "node:path";
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

// The built browser apps (`npm run build:web`): the widget script, the desk and the admin console.
const defaultBuiltRoot = new URL("../../../dist/web/", import.meta.url);
const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".map": "application/json",
};
// Vite names assets by content hash; the widget's two entry files keep fixed names for embedders.
const hashedAsset = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
// The desk and admin pages load only their own scripts and talk only to this server.
const appPagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

async function readBuilt(builtRoot: URL, file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(new URL(file, builtRoot));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

const notBuilt = () =>
  Response.json(
    { error: { code: "web_not_built", message: "The browser apps are not built: run `npm run build:web` (npm start and npm test build them when missing)" } },
    { status: 503 },
  );

/** `/widget.js`, `/assets/*`, `/desk` and `/admin` from the Vite build; 503 with a hint when it is missing. */
function builtWebRoutes(builtRoot: URL): Hono {
  const app = new Hono();
  const serveFile = async (file: string, headers: Record<string, string>) => {
    const body = await readBuilt(builtRoot, file);
    if (!body) return notBuilt();
    return new Response(new Uint8Array(body), { status: 200, headers: { "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream", ...headers } });
  };
  // Any site may load the widget and the modules it imports (module scripts need CORS across origins).
  const embeddable = { "access-control-allow-origin": "*", "cross-origin-resource-policy": "cross-origin" };
  app.get("/widget.js", () => serveFile("widget.js", { ...embeddable, "cache-control": "no-cache" }));
  app.get("/assets/:file", async (context) => {
    const file = context.req.param("file");
    if (!/^[A-Za-z0-9_.-]+$/.test(file) || file.startsWith(".")) throw notFound("Asset");
    const body = await readBuilt(builtRoot, `assets/${file}`);
    if (!body) {
      if (!(await readBuilt(builtRoot, "widget.js"))) return notBuilt();
      throw notFound("Asset");
    }
    const cacheControl = hashedAsset.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
    return new Response(new Uint8Array(body), {
      headers: { "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream", "cache-control": cacheControl, ...embeddable },
    });
  });
  for (const page of ["desk", "admin"]) {
    const serve = () => serveFile(`${page}/index.html`, { "cache-control": "no-cache", "content-security-policy": appPagePolicy, "x-frame-options": "DENY" });
    app.get(`/${page}`, serve);
    app.get(`/${page}/`, serve);
  }
  return app;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] ?? character);

/** The chat page and a readable view of each knowledge-base article (what citations link to). */
export function staticPageRoutes(db: Queryable, options: { webBuild?: URL } = {}): Hono {
  const app = new Hono();
  app.route("/", builtWebRoutes(options.webBuild ?? defaultBuiltRoot));
  for (const [route, asset] of Object.entries(assets)) {
    app.get(route, async (context) => {
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
