import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { routePath } from "hono/route";
import type { TicketUpdates } from "../conversation/apply-ticket-update.ts";
import type { ConversationEventBus } from "../conversation/conversation-event-bus.ts";
import type { ConversationService } from "../conversation/conversation-service.ts";
import type { DeskService } from "../conversation/desk-service.ts";
import type { TurnGuardrails } from "../conversation/turn-guardrails.ts";
import type { JobAdmin } from "../jobs/job-admin.ts";
import type { JobWatcher } from "../jobs/job-watcher.ts";
import type { AttachmentService } from "../conversation/attachments/attachment-service.ts";
import type { SyncSourceSpec } from "../knowledge/sync/sync-source.ts";
import type { JobRecord } from "../jobs/job-store.ts";
import { attachmentRoutes } from "./routes/attachment-routes.ts";
import { kbSyncRoutes } from "./routes/kb-sync-routes.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import type { SettingsService } from "../settings/settings-service.ts";
import type { ReplySuggester } from "../conversation/suggest-reply.ts";
import type { AnalyticsSettings } from "../analytics/analytics-tables.ts";
import type { BudgetState } from "../models/gateway/model-gateway.ts";
import type { OidcVerifier } from "../accounts/oidc-verifier.ts";
import { findWidgetSite } from "../accounts/widget-site-store.ts";
import { createAuthorization } from "./auth.ts";
import type { ConversationTokens } from "./conversation-tokens.ts";
import { HttpError, errorResponse } from "./errors.ts";
import { buildOpenApiDocument } from "./openapi.ts";
import { adminConversationRoutes } from "./routes/admin-conversation-routes.ts";
import { analyticsRoutes } from "./routes/analytics-routes.ts";
import { apiTokenRoutes } from "./routes/api-token-routes.ts";
import { auditRoutes } from "./routes/audit-routes.ts";
import { usageRoutes } from "./routes/usage-routes.ts";
import { authRoutes } from "./routes/auth-routes.ts";
import { conversationRoutes } from "./routes/conversation-routes.ts";
import { deskRoutes } from "./routes/desk-routes.ts";
import { feedbackRoutes } from "./routes/feedback-routes.ts";
import { guardrailCheckRoutes, guardrailEventRoutes } from "./routes/guardrail-routes.ts";
import { adminJobRoutes, jobRoutes } from "./routes/job-routes.ts";
import { knowledgeRoutes } from "./routes/knowledge-routes.ts";
import { metricsRoutes, type MetricsEndpoint } from "./routes/metrics-routes.ts";
import { qualityRoutes } from "./routes/quality-routes.ts";
import { staticPageRoutes } from "./routes/static-pages.ts";
import { ticketingWebhookRoutes } from "./routes/ticketing-webhook-routes.ts";
import { settingsRoutes } from "./routes/settings-routes.ts";
import { typingRoutes } from "./routes/typing-routes.ts";
import { userRoutes } from "./routes/user-routes.ts";
import { webhookDeliveryRoutes } from "./routes/webhook-delivery-routes.ts";
import { webhookEndpointRoutes } from "./routes/webhook-endpoint-routes.ts";
import { widgetSiteRoutes } from "./routes/widget-site-routes.ts";
import { wsTicketRoutes } from "./routes/ws-ticket-routes.ts";
import type { StaffTicketStore } from "./staff-ws-tickets.ts";
import type { TicketStore } from "./ws-tickets.ts";

export interface HttpDependencies {
  db: Queryable;
  knowledgeBase: KnowledgeBase;
  jobs: JobAdmin;
  /** Live job updates for `/v1/jobs/:id/events`. */
  jobUpdates: JobWatcher;
  /** Files customers attach to their conversation. */
  attachments: { service: AttachmentService; maxBytes: number };
  /** Queues a `kb.sync` of a folder or an S3 prefix. */
  requestSync: (source: SyncSourceSpec) => Promise<JobRecord>;
  conversations: ConversationService;
  tokens: ConversationTokens;
  tickets: TicketStore;
  /** One-time tickets for the desk's live channel. */
  staffTickets: StaffTicketStore;
  /** Versioned policy documents edited in the admin console. */
  settings: SettingsService;
  /** Drafts a reply for the agent holding a conversation. */
  suggestReply: ReplySuggester;
  adminToken: string;
  agentToken: string;
  /** Verifies bearer JWTs of an OpenID Connect issuer, when one is configured. */
  oidc?: OidcVerifier;
  desk: DeskService;
  guardrails: TurnGuardrails;
  events: ConversationEventBus;
  limits: { maxUploadBytes: number; maxMessageChars: number };
  isReady: () => boolean;
  logger: Logger;
  /** Status webhooks of the ticketing system, applied to conversations. */
  ticketing: { apply: TicketUpdates; webhookSecret?: string };
  metrics?: MetricsEndpoint & { httpRequest(labels: { method: string; route: string; status: number }): void };
  /** Settings the analytics read per request (the daily model budget). */
  analytics: () => AnalyticsSettings;
  /** Queues the model judge (`quality.judge`) for one conversation. */
  requestJudgement: (conversationId: string) => Promise<JobRecord | undefined>;
  /** Today's model spending against the daily budget (the model gateway's). */
  modelBudget: () => BudgetState;
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

  const auth = createAuthorization({ db: deps.db, adminToken: deps.adminToken, agentToken: deps.agentToken, conversationTokens: deps.tokens, oidc: deps.oidc, logger: deps.logger });
  // Every route outside these prefixes is public or checks ownership itself (conversations, tickets).
  for (const prefix of ["/v1/kb/*", "/v1/jobs/*", "/v1/guardrails/*", "/v1/admin/*"]) app.use(prefix, auth.requireRole("admin"));
  app.use("/v1/desk/*", auth.requireRole("agent"));

  // The widget runs on the customers' own sites: their pages call these with a conversation token
  // (a bearer header, never a cookie), so any origin may.
  const customerCors = cors({ origin: "*", allowMethods: ["GET", "POST"], allowHeaders: ["authorization", "content-type", "accept"], maxAge: 600 });
  app.use("/v1/conversations", customerCors);
  app.use("/v1/conversations/*", customerCors);
  app.use("/v1/ws-tickets", customerCors);
  app.route("/v1/conversations", feedbackRoutes({ db: deps.db, conversations: deps.conversations, auth }));
  app.route("/v1/conversations", typingRoutes({ events: deps.events, auth }));
  app.route(
    "/v1/conversations",
    conversationRoutes({
      conversations: deps.conversations,
      events: deps.events,
      tokens: deps.tokens,
      auth,
      findSite: (id) => findWidgetSite(deps.db, id),
      maxMessageChars: deps.limits.maxMessageChars,
    }),
  );
  app.route(
    "/v1/conversations",
    attachmentRoutes({
      attachments: deps.attachments.service,
      auth,
      conversationExists: async (id) => (await deps.conversations.get(id)) !== undefined,
      maxBytes: deps.attachments.maxBytes,
    }),
  );
  app.route("/v1/ws-tickets", wsTicketRoutes({ tickets: deps.tickets, auth, conversations: deps.conversations }));
  app.route("/v1/auth", authRoutes({ db: deps.db, auth }));
  app.route("/v1/admin/users", userRoutes({ db: deps.db, auth }));
  app.route("/v1/admin/tokens", apiTokenRoutes({ db: deps.db, auth }));
  app.route("/v1/admin/sites", widgetSiteRoutes({ db: deps.db, auth }));
  app.route("/v1/admin/settings", settingsRoutes({ settings: deps.settings, auth }));
  app.route("/v1/admin/audit", auditRoutes(deps.db));
  app.route("/v1/kb", knowledgeRoutes({ knowledgeBase: deps.knowledgeBase, maxUploadBytes: deps.limits.maxUploadBytes }));
  app.route("/v1/jobs", jobRoutes(deps.db, deps.jobUpdates));
  app.route("/v1/admin/kb", kbSyncRoutes({ requestSync: deps.requestSync }));
  app.route("/v1/admin/jobs", adminJobRoutes(deps.jobs, { db: deps.db, auth }));
  app.route("/v1/guardrails", guardrailCheckRoutes(deps.guardrails.input));
  app.route("/v1/admin/guardrails", guardrailEventRoutes(deps.db));
  app.route("/v1/admin/analytics", analyticsRoutes({ db: deps.db, settings: deps.analytics }));
  app.route("/v1/admin/quality", qualityRoutes({ db: deps.db }));
  app.route("/v1/admin", usageRoutes({ db: deps.db, budget: deps.modelBudget }));
  app.route("/v1/admin/conversations", adminConversationRoutes({ db: deps.db, requestJudgement: deps.requestJudgement }));
  app.route("/v1/desk", deskRoutes({ desk: deps.desk, auth, staffTickets: deps.staffTickets, suggestReply: deps.suggestReply }));
  app.route("/v1/admin/webhooks", webhookDeliveryRoutes(deps.db));
  app.route("/v1/admin/webhooks", webhookEndpointRoutes(deps.db));
  app.route("/v1/integrations/ticketing", ticketingWebhookRoutes({ secret: deps.ticketing.webhookSecret, apply: deps.ticketing.apply }));
  app.route("/", staticPageRoutes(deps.db));
  return app;
}
