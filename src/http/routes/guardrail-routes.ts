import { Hono } from "hono";
import { z } from "zod";
import { listGuardrailEvents } from "../../conversation/guardrail-event-store.ts";
import type { GuardrailChecker } from "../../conversation/turn-guardrails.ts";
import type { Queryable } from "../../storage/database.ts";
import { parseWith, readJsonBody } from "../validate.ts";
import { languageSchema } from "./conversation-routes.ts";

export const guardrailCheckSchema = z
  .object({
    text: z.string().max(100_000),
    source: z.enum(["INPUT", "OUTPUT"]),
    language: languageSchema.optional(),
  })
  .strict();

const eventsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  conversationId: z.uuid().optional(),
});

/** `POST /v1/guardrails/check`: runs the configured guardrail on a text (admin; for tuning and tests). */
export function guardrailCheckRoutes(checker: GuardrailChecker): Hono {
  const app = new Hono();
  app.post("/check", async (context) => {
    const input = await readJsonBody(context, guardrailCheckSchema);
    const result = await checker.check(input.text, { source: input.source, language: input.language });
    return context.json({
      action: result.action,
      output: result.output,
      findings: result.findings.map(({ type, category, action, start, end, score }) => ({ type, category, action, start, end, score })),
    });
  });
  return app;
}

/** `GET /v1/admin/guardrails/events`: recorded interventions, newest first (admin). */
export function guardrailEventRoutes(db: Queryable): Hono {
  const app = new Hono();
  app.get("/events", async (context) => {
    const query = parseWith(eventsQuerySchema, context.req.query(), "query");
    const events = await listGuardrailEvents(db, query);
    return context.json({ events: events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })) });
  });
  return app;
}
