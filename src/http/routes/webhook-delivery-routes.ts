import { Hono } from "hono";
import { z } from "zod";
import { listWebhookDeliveries } from "../../escalation/webhook-delivery-store.ts";
import type { Queryable } from "../../storage/database.ts";
import { parseWith } from "../validate.ts";

const deliveriesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** `GET /v1/admin/webhooks/deliveries`: every attempt to deliver an event to a webhook, newest first (admin). */
export function webhookDeliveryRoutes(db: Queryable): Hono {
  const app = new Hono();
  app.get("/deliveries", async (context) => {
    const { limit } = parseWith(deliveriesQuerySchema, context.req.query(), "query");
    const deliveries = await listWebhookDeliveries(db, limit);
    return context.json({ deliveries: deliveries.map((delivery) => ({ ...delivery, createdAt: delivery.createdAt?.toISOString() ?? null })) });
  });
  return app;
}
