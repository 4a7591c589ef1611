import { Hono } from "hono";
import { z } from "zod";
import type { TicketUpdates } from "../../conversation/apply-ticket-update.ts";
import { isSignedBody, isZendeskSignedBody } from "../../escalation/webhook-signature.ts";
import { HttpError, badRequest, notFound, unauthorized } from "../errors.ts";
import { parseWith } from "../validate.ts";

const maxBodyCharacters = 256 * 1024;
const id = z.union([z.string().trim().min(1).max(200), z.number().int()]).transform(String);
// Ticketing systems render webhook templates as text: "true", "Solved" arrive as strings.
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

export const ticketWebhookSchema = z.object({
  ticket: z.object({ id, status: z.string().trim().toLowerCase().max(40).optional() }),
  comment: z
    .object({
      id: id.optional(),
      body: z.string().max(20_000),
      public: flag.default(false),
      author: z.object({ name: z.string().max(200).optional(), role: z.string().trim().toLowerCase().max(40).optional() }).optional(),
    })
    .optional(),
});

/**
 * `/v1/integrations/ticketing`: status webhooks from the ticketing system. No bearer token: the
 * body must carry an HMAC-SHA256 signature made with the shared secret, either Switchboard's
 * `X-Switchboard-Signature: sha256=<hex>` or Zendesk's signature and timestamp headers.
 */
export function ticketingWebhookRoutes(deps: { secret?: string; apply: TicketUpdates }): Hono {
  const app = new Hono();
  app.post("/webhook", async (context) => {
    if (!deps.secret) throw new HttpError(503, "not_configured", "Set SWITCHBOARD_TICKETING_WEBHOOK_SECRET to receive ticketing webhooks");
    const raw = await context.req.text();
    if (raw.length > maxBodyCharacters) throw new HttpError(413, "payload_too_large", "The webhook body is too large");
    const signed =
      isSignedBody(deps.secret, raw, context.req.header("x-switchboard-signature")) ||
      isZendeskSignedBody(deps.secret, raw, context.req.header("x-zendesk-webhook-signature"), context.req.header("x-zendesk-webhook-signature-timestamp"));
    if (!signed) throw unauthorized("Missing or invalid webhook signature");
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw badRequest("invalid_json", "The request body is not valid JSON");
    }
    const update = parseWith(ticketWebhookSchema, body, "body");
    const outcome = await deps.apply({
      ticketId: update.ticket.id,
      status: update.ticket.status,
      comment: update.comment && { id: update.comment.id, body: update.comment.body, public: update.comment.public, authorRole: update.comment.author?.role },
    });
    if (!outcome) throw notFound("Ticket");
    return context.json({ received: true, ...outcome });
  });
  return app;
}
