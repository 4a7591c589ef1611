import { Hono } from "hono";
import { z } from "zod";
import { createWidgetSite, deleteWidgetSite, listWidgetSites, type WidgetSite } from "../../accounts/widget-site-store.ts";
import type { Queryable } from "../../storage/database.ts";
import { notFound } from "../errors.ts";
import { readJsonBody } from "../validate.ts";

const origin = z
  .url()
  .refine((value) => /^https?:$/.test(new URL(value).protocol), "must be an http(s) origin")
  .transform((value) => new URL(value).origin);
export const newWidgetSiteSchema = z.object({ name: z.string().trim().min(1).max(200), allowedOrigins: z.array(origin).max(50).default([]) }).strict();

const siteView = (site: WidgetSite) => ({ id: site.id, name: site.name, allowedOrigins: site.allowedOrigins, createdAt: site.createdAt.toISOString() });

/** `/v1/admin/sites`: sites that embed the widget, each with the secret its backend signs identities with (admin). */
export function widgetSiteRoutes(db: Queryable): Hono {
  const app = new Hono();
  app.get("/", async (context) => context.json({ sites: (await listWidgetSites(db)).map(siteView) }));
  app.post("/", async (context) => {
    const site = await createWidgetSite(db, await readJsonBody(context, newWidgetSiteSchema));
    // The secret is shown once: it belongs on the host site's server, never in its pages.
    return context.json({ ...siteView(site), secret: site.secret }, 201);
  });
  app.delete("/:id", async (context) => {
    if (!(await deleteWidgetSite(db, context.req.param("id")))) throw notFound("Site");
    return context.json({ deleted: true });
  });
  return app;
}
