import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { routePath } from "hono/route";
import type { TicketUpdates } from "../conversation/apply-ticket-update.ts";
import type { ConversationEventBus } from "../conversation/conversation-event-bus.ts";
import type { ConversationService } from "../conversation/conversation-service.ts";
import type { DeskService } from "../conversation/desk-service.ts";
import type { TurnGuardrails } from "../conversation/turn-guardrails.ts";
import type { JobAdmin } from "../jobs/job-admin.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import { requireAdmin, requireAgent } from "./auth.ts";
import type { ConversationTokens } from "./conversation-tokens.ts";
import { HttpError, errorResponse } from "./errors.ts";
import { buildOpenApiDocument } from "./openapi.ts";
import { conversationRoutes } from "./routes/conversation-routes.ts";
import { deskRoutes } from "./routes/desk-routes.ts";
import { guardrailCheckRoutes, guardrailEventRoutes } from "./routes/guardrail-routes.ts";
import { adminJobRoutes, jobRoutes } from "./routes/job-routes.ts";
import { knowledgeRoutes } from "./routes/knowledge-routes.ts";
import { metricsRoutes, type MetricsEndpoint } from "./routes/metrics-routes.ts";
import { staticPageRoutes } from "./routes/static-pages.ts";
import { ticketingWebhookRoutes } from "./routes/ticketing-webhook-routes.ts";
import { webhookDeliveryRoutes } from "./routes/webhook-delivery-routes.ts";
import { wsTicketRoutes } from "./routes/ws-ticket-routes.ts";
import type { TicketStore } from "./ws-tickets.ts";

export interface HttpDependencies {
  db: Queryable;
  knowledgeBase: KnowledgeBase;
  jobs: JobAdmin;
  conversations: ConversationService;
  tokens: ConversationTokens;
  tickets: TicketStore;
  adminToken: string;
  agentToken: string;
  desk: DeskService;
  guardrails: TurnGuardrails;
  events: ConversationEventBus;
  limits: { maxUploadBytes: number; maxMessageChars: number };
  isReady: () => boolean;
  logger: Logger;
  /** Status webhooks of the ticketing system, applied to conversations. */
  ticketing: { apply: TicketUpdates; webhookSecret?: string };
  metrics?: MetricsEndpoint & { httpRequest(labels: { method: string; route: string; status: number }): void };
}

/** The HTTP API: thin routes over the services, one error format, a request id on every answer. */
export function createHttpApp(deps: HttpDependencies): Hono {
  const app = new Hono();

  app.use(async (context, next) => {
    const requestId = context.req.header("x-request-id")?.slice(0, 100) || randomUUID();
    context.header("x-request-id", requestId);
    const started = performance.now();
    await next();
    // The matched pattern, not the path: ids in paths would make a label per conversation.
    deps.metrics?.httpRequest({ method: context.req.method, route: routePath(context, -1), status: context.res.status });
    deps.logger.debug({ requestId, method: context.req.method, path: context.req.path, status: context.res.status, ms: Math.round(performance.now() - started) }, "request");
  });

  app.onError((error, context) => {
    if (error instanceof HttpError) return errorResponse(context, error);
    if (error instanceof Error && error.name === "UploadTooLargeError") return errorResponse(context, new HttpError(413, "payload_too_large", error.message));
    if (error instanceof Error && error.name === "DocumentParseError" && (error as Error & { code?: string }).code === "unsupported_type") {
      return errorResponse(context, new HttpError(415, "unsupported_media_type", error.message));
    }
    deps.logger.error({ err: error, requestId: context.res.headers.get("x-request-id"), path: context.req.path }, "unhandled error");
    return errorResponse(context, new HttpError(500, "internal_error", "Something went wrong on our side; the request id identifies it in the logs"));
  });
  app.notFound((context) => errorResponse(context, new HttpError(404, "not_found", `No route for ${context.req.method} ${context.req.path}`)));

  app.get("/healthz", (context) => context.json({ status: "ok" }));
  const openApi = buildOpenApiDocument();
  app.get("/openapi.json", (context) => context.json(openApi));
  app.get("/readyz", (context) => (deps.isReady() ? context.json({ status: "ready" }) : context.json({ status: "starting" }, 503)));
  if (deps.metrics) app.route("/", metricsRoutes(deps.metrics));

  const admin = async (context: Parameters<typeof requireAdmin>[0], next: () => Promise<void>) => {
    requireAdmin(context, deps.adminToken);
    await next();
  };
  app.use("/v1/kb/*", admin);
  app.use("/v1/jobs/*", admin);
  app.use("/v1/guardrails/*", admin);
  app.use("/v1/admin/*", admin);
  app.use("/v1/desk/*", async (context, next) => {
    requireAgent(context, deps.agentToken, deps.adminToken);
    await next();
  });

  app.route(
    "/v1/conversations",
    conversationRoutes({ conversations: deps.conversations, events: deps.events, tokens: deps.tokens, adminToken: deps.adminToken, maxMessageChars: deps.limits.maxMessageChars }),
  );
  app.route("/v1/ws-tickets", wsTicketRoutes({ tickets: deps.tickets, tokens: deps.tokens, conversations: deps.conversations }));
  app.route("/v1/kb", knowledgeRoutes({ knowledgeBase: deps.knowledgeBase, maxUploadBytes: deps.limits.maxUploadBytes }));
  app.route("/v1/jobs", jobRoutes(deps.db));
  app.route("/v1/admin/jobs", adminJobRoutes(deps.jobs));
  app.route("/v1/guardrails", guardrailCheckRoutes(deps.guardrails.input));
  app.route("/v1/admin/guardrails", guardrailEventRoutes(deps.db));
  app.route("/v1/desk", deskRoutes(deps.desk));
  app.route("/v1/admin/webhooks", webhookDeliveryRoutes(deps.db));
  app.route("/v1/integrations/ticketing", ticketingWebhookRoutes({ secret: deps.ticketing.webhookSecret, apply: deps.ticketing.apply }));
  app.route("/", staticPageRoutes(deps.db));
  return app;
}
