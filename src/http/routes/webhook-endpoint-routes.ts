import { Hono } from "hono";
import { z } from "zod";
import { webhookEventTypes } from "../../escalation/webhook-event-types.ts";
import { createWebhookEndpoint, deleteWebhookEndpoint, generateWebhookSecret, listWebhookEndpoints, type WebhookEndpoint } from "../../escalation/webhook-endpoint-store.ts";
import type { Queryable } from "../../storage/database.ts";
import { HttpError, notFound } from "../errors.ts";
import { readJsonBody } from "../validate.ts";

export const webhookEndpointSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  events: z.array(z.enum(webhookEventTypes)).min(1).transform((events) => [...new Set(events)]),
  /** Given by the admin, or generated and shown once. */
  secret: z.string().min(16).max(200).optional(),
});

/** An endpoint as listed: never its secret. */
const endpointView = (endpoint: WebhookEndpoint) => ({
  id: endpoint.id,
  url: endpoint.url,
  events: endpoint.events,
  source: endpoint.source,
  createdAt: endpoint.createdAt.toISOString(),
});

/** `/v1/admin/webhooks`: register, list and remove the endpoints that receive signed domain events (admin). */
export function webhookEndpointRoutes(db: Queryable): Hono {
  const app = new Hono();
  app.get("/", async (context) => context.json({ webhooks: (await listWebhookEndpoints(db)).map(endpointView) }));
  app.post("/", async (context) => {
    const body = await readJsonBody(context, webhookEndpointSchema);
    const endpoint = await createWebhookEndpoint(db, { url: body.url, events: body.events, secret: body.secret ?? generateWebhookSecret() });
    // The only time the secret is shown: receivers need it to verify signatures.
    return context.json({ ...endpointView(endpoint), secret: endpoint.secret }, 201);
  });
  app.delete("/:id", async (context) => {
    const id = context.req.param("id");
    const outcome = z.uuid().safeParse(id).success ? await deleteWebhookEndpoint(db, id) : "not_found";
    if (outcome === "not_found") throw notFound("Webhook");
    if (outcome === "environment") throw new HttpError(409, "configured_by_environment", "This webhook comes from SWITCHBOARD_WEBHOOK_URLS; change it there");
    return context.body(null, 204);
  });
  return app;
}
