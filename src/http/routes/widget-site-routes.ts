import { Hono } from "hono";
import { z } from "zod";
import { createWidgetSite, deleteWidgetSite, listWidgetSites, type WidgetSite } from "../../accounts/widget-site-store.ts";
import { recordAudit } from "../../privacy/audit-log.ts";
import type { Queryable } from "../../storage/database.ts";
import type { Authorization } from "../auth.ts";
import { notFound } from "../errors.ts";
import { requestActor } from "../request-actor.ts";
import { readJsonBody } from "../validate.ts";

const origin = z
  .url()
  .refine((value) => /^https?:$/.test(new URL(value).protocol), "must be an http(s) origin")
  .transform((value) => new URL(value).origin);
export const newWidgetSiteSchema = z.object({ name: z.string().trim().min(1).max(200), allowedOrigins: z.array(origin).max(50).default([]) }).strict();

const siteView = (site: WidgetSite) => ({ id: site.id, name: site.name, allowedOrigins: site.allowedOrigins, createdAt: site.createdAt.toISOString() });

/** `/v1/admin/sites`: sites that embed the widget, each with the secret its backend signs identities with (admin). */
export function widgetSiteRoutes(deps: { db: Queryable; auth: Authorization }): Hono {
  const { db, auth } = deps;
  const app = new Hono();
  app.get("/", async (context) => context.json({ sites: (await listWidgetSites(db)).map(siteView) }));
  app.post("/", async (context) => {
    const site = await createWidgetSite(db, await readJsonBody(context, newWidgetSiteSchema));
    await recordAudit(db, { actor: await requestActor(auth, context), action: "widget_site.created", target: `widget_site:${site.id}`, after: { name: site.name, allowedOrigins: site.allowedOrigins } });
    // The secret is shown once: it belongs on the host site's server, never in its pages.
    return context.json({ ...siteView(site), secret: site.secret }, 201);
  });
  app.delete("/:id", async (context) => {
    const id = context.req.param("id");
    if (!(await deleteWidgetSite(db, id))) throw notFound("Site");
    await recordAudit(db, { actor: await requestActor(auth, context), action: "widget_site.deleted", target: `widget_site:${id}` });
    return context.json({ deleted: true });
  });
  return app;
}
