import { z } from "zod";
import { csatSchema, messageFeedbackSchema } from "./routes/feedback-routes.ts";
import { createConversationSchema } from "./routes/conversation-routes.ts";
import { newApiTokenSchema } from "./routes/api-token-routes.ts";
import { loginSchema } from "./routes/auth-routes.ts";
import { agentMessageSchema, noteSchema } from "./routes/desk-routes.ts";
import { settingsRollbackSchema, settingsUpdateSchema } from "./routes/settings-routes.ts";
import { guardrailCheckSchema } from "./routes/guardrail-routes.ts";
import { jsonDocumentSchema } from "./routes/knowledge-routes.ts";
import { syncRequestSchema } from "./routes/kb-sync-routes.ts";
import { ticketWebhookSchema } from "./routes/ticketing-webhook-routes.ts";
import { webhookEndpointSchema } from "./routes/webhook-endpoint-routes.ts";
import { newUserSchema, userChangesSchema } from "./routes/user-routes.ts";
import { newWidgetSiteSchema } from "./routes/widget-site-routes.ts";
import { analyticsTableNames } from "../analytics/analytics-tables.ts";

const json = (schema: z.ZodType) => ({ "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } });
const errorBody = {
  description: "Error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};
const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), errorBody]));
// Staff reach a role by any of these credentials; the role (agent or admin) decides what they open.
const staffCredentials = ["sessionCookie", "apiToken", "oidcBearer"];
const admin = [{ adminToken: [] }, ...staffCredentials.map((scheme) => ({ [scheme]: ["admin"] }))];
const conversation = [{ conversationToken: [] }, { adminToken: [] }];
const agent = [{ agentToken: [] }, { adminToken: [] }, ...staffCredentials.map((scheme) => ({ [scheme]: ["agent"] }))];
const idParameter = (name: string) => ({ name, in: "path", required: true, schema: { type: "string", format: "uuid" } });
// UTC days, both included; the last 30 days when left out, at most 366.
const dateRangeParameters = ["from", "to"].map((name) => ({ name, in: "query", schema: { type: "string", format: "date" } }));
const formatParameter = { name: "format", in: "query", schema: { type: "string", enum: ["json", "csv"], default: "json" } };
const kindParameter = { name: "kind", in: "path", required: true, schema: { type: "string", examples: ["guardrail_policy", "escalation_policy"] } };

/** The OpenAPI 3.1 description of the HTTP API; request bodies come from the same zod schemas that validate them. */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "Switchboard API", version: "1", description: "AI customer support: conversations, knowledge base, jobs. See docs/api.md for examples." },
    components: {
      securitySchemes: {
        adminToken: { type: "http", scheme: "bearer", description: "The admin token printed at start" },
        conversationToken: { type: "http", scheme: "bearer", description: "The token returned by POST /v1/conversations" },
        agentToken: { type: "http", scheme: "bearer", description: "The agent-desk token printed at start" },
        metricsToken: { type: "http", scheme: "bearer", description: "SWITCHBOARD_METRICS_TOKEN, when set" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "sb_session", description: "Set by POST /v1/auth/login; HTTP-only, SameSite=Strict, 8 h sliding" },
        apiToken: { type: "http", scheme: "bearer", description: "An API token (`sbt_…`) from POST /v1/admin/tokens, with the role it was given" },
        oidcBearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A JWT of SWITCHBOARD_OIDC_ISSUER; the role comes from SWITCHBOARD_OIDC_ROLE_CLAIM" },
        ticketingSignature: {
          type: "apiKey",
          in: "header",
          name: "X-Switchboard-Signature",
          description: "`sha256=<hex HMAC-SHA256 of the raw body>` with SWITCHBOARD_TICKETING_WEBHOOK_SECRET (or Zendesk's X-Zendesk-Webhook-Signature + -Timestamp)",
        },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: {} } } },
        },
      },
    },
    paths: {
      "/healthz": { get: { summary: "Liveness", responses: { "200": { description: "Serving HTTP" } } } },
      "/metrics": {
        get: { summary: "Prometheus metrics (text exposition format)", security: [{ metricsToken: [] }, {}], responses: { "200": { description: "text/plain; version=0.0.4" }, ...errors(401) } },
      },
      "/readyz": { get: { summary: "Readiness: migrations ran and workers are up", responses: { "200": { description: "Ready" }, "503": { description: "Starting" } } } },
      "/v1/auth/login": {
        post: {
          summary: "Sign in with e-mail and password; sets the sb_session cookie",
          requestBody: { required: true, content: json(loginSchema) },
          responses: { "200": { description: "`{user, expiresAt}`" }, ...errors(400, 401, 415, 422) },
        },
      },
      "/v1/auth/logout": { post: { summary: "End the session and clear its cookie", responses: { "204": { description: "Signed out" } } } },
      "/v1/auth/me": {
        get: { summary: "The signed-in member of staff", security: agent, responses: { "200": { description: "`{subject, credential, role, userId, email}`" }, ...errors(401, 403) } },
      },
      "/v1/admin/users": {
        get: { summary: "People who can sign in", security: admin, responses: { "200": { description: "`{users}`" }, ...errors(401, 403) } },
        post: {
          summary: "Add an agent or admin; without a password, a one-time password is generated and answered once",
          security: admin,
          requestBody: { required: true, content: json(newUserSchema) },
          responses: { "201": { description: "`{user, oneTimePassword?}`" }, ...errors(400, 401, 403, 409, 415, 422) },
        },
      },
      "/v1/admin/users/{id}": {
        patch: {
          summary: "Change a user's role, name or disabled flag (disabling ends their sessions)",
          security: admin,
          parameters: [idParameter("id")],
          requestBody: { required: true, content: json(userChangesSchema) },
          responses: { "200": { description: "`{user}`" }, ...errors(400, 401, 403, 404, 409, 415, 422) },
        },
        delete: {
          summary: "Delete a user (their sessions end); an admin cannot delete themselves or the last enabled admin",
          security: admin,
          parameters: [idParameter("id")],
          responses: { "200": { description: "`{deleted, id}`" }, ...errors(401, 403, 404, 409) },
        },
      },
      "/v1/admin/tokens": {
        get: { summary: "API tokens (never their secrets)", security: admin, responses: { "200": { description: "`{tokens}`" }, ...errors(401, 403) } },
        post: {
          summary: "Create an API token for a machine; the token is shown once",
          security: admin,
          requestBody: { required: true, content: json(newApiTokenSchema) },
          responses: { "201": { description: "`{id, name, role, token, createdAt}`" }, ...errors(400, 401, 403, 415, 422) },
        },
      },
      "/v1/admin/tokens/{id}": {
        delete: { summary: "Revoke an API token", security: admin, parameters: [idParameter("id")], responses: { "200": { description: "The revoked token" }, ...errors(401, 403, 404) } },
      },
      "/v1/admin/sites": {
        get: { summary: "Widget sites (never their secrets)", security: admin, responses: { "200": { description: "`{sites}`" }, ...errors(401, 403) } },
        post: {
          summary: "Register a site that embeds the widget; its identity secret is shown once",
          security: admin,
          requestBody: { required: true, content: json(newWidgetSiteSchema) },
          responses: { "201": { description: "`{id, name, allowedOrigins, secret, createdAt}`" }, ...errors(400, 401, 403, 415, 422) },
        },
      },
      "/v1/admin/sites/{id}": {
        delete: {
          summary: "Remove a widget site",
          security: admin,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "`{deleted}`" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/admin/users/{id}/password": {
        post: {
          summary: "Reset a user's password: a one-time password is answered once and their sessions end",
          security: admin,
          parameters: [idParameter("id")],
          responses: { "200": { description: "`{user, oneTimePassword}`" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/admin/settings": {
        get: { summary: "The kinds of settings documents", security: admin, responses: { "200": { description: "`{kinds: [{kind, description}]}`" }, ...errors(401, 403) } },
      },
      "/v1/admin/settings/{kind}": {
        get: {
          summary: "The settings document in force and its version history, newest first",
          security: admin,
          parameters: [kindParameter, { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } }],
          responses: { "200": { description: "`{kind, description, version, body, effective, history: [{version, body, createdBy, createdAt, comment}]}`" }, ...errors(401, 403, 404, 422) },
        },
        put: {
          summary: "Store a new version after validating it against the kind's schema; applied at once, audited",
          security: admin,
          parameters: [kindParameter],
          requestBody: { required: true, content: json(settingsUpdateSchema) },
          responses: { "201": { description: "`{kind, version, body, createdBy, createdAt, comment}`" }, ...errors(400, 401, 403, 404, 415, 422) },
        },
      },
      "/v1/admin/settings/{kind}/rollback/{version}": {
        post: {
          summary: "Make an old version current again (stored as a new version); applied at once, audited",
          security: admin,
          parameters: [kindParameter, { name: "version", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          requestBody: { required: false, content: json(settingsRollbackSchema) },
          responses: { "201": { description: "`{kind, version, body, createdBy, createdAt, comment}`" }, ...errors(400, 401, 403, 404, 415, 422) },
        },
      },
      "/v1/admin/audit": {
        get: {
          summary: "Audit log of settings, user, role, token, widget-site and job-retry changes, newest first",
          security: admin,
          parameters: ["limit", "action", "target", "before"].map((name) => ({ name, in: "query", schema: name === "limit" ? { type: "integer", minimum: 1, maximum: 500 } : { type: "string" } })),
          responses: { "200": { description: "`{entries: [{id, actor, action, target, before, after, at}]}`" }, ...errors(401, 403, 422) },
        },
      },
      "/v1/conversations": {
        post: {
          summary: "Start a conversation (anonymous, or with a site's signed identity; an admin credential vouches for customer.email)",
          requestBody: { required: false, content: json(createConversationSchema) },
          responses: { "201": { description: "`{id, token, status, language, emailVerified}`" }, ...errors(400, 401, 403, 415, 422) },
        },
      },
      "/v1/conversations/{id}": {
        get: { summary: "Conversation and its messages", security: conversation, parameters: [idParameter("id")], responses: { "200": { description: "`{conversation, messages}`" }, ...errors(401, 403, 404) } },
      },
      "/v1/conversations/{id}/messages": {
        post: {
          summary: "Send a message; JSON answer, or Server-Sent Events with Accept: text/event-stream",
          security: conversation,
          parameters: [idParameter("id")],
          requestBody: { required: true, content: json(z.object({ text: z.string().min(1) })) },
          responses: {
            "200": {
              description:
                "`{message, conversation, escalation?}` (or `{message: null, deliveredTo: \"agent\", conversation}` while a person holds the conversation), or the event stream turn.started, delta, tool, citations, escalated, done | error | delivered",
            },
            ...errors(400, 401, 403, 404, 413, 415, 422, 502, 503),
          },
        },
      },
      "/v1/conversations/{id}/typing": {
        post: {
          summary: "The customer is writing (for clients without the WebSocket); shown at the desk, throttled, not stored",
          security: conversation,
          parameters: [idParameter("id")],
          responses: { "204": { description: "Passed on (or dropped by the throttle)" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/conversations/{id}/csat": {
        post: {
          summary: "Rate the conversation (1–5 stars, optional comment); a new rating replaces the previous one",
          security: conversation,
          parameters: [idParameter("id")],
          requestBody: { required: true, content: json(csatSchema) },
          responses: { "201": { description: "`{csat: {conversationId, rating, comment, updatedAt}}`" }, ...errors(400, 401, 403, 404, 415, 422) },
        },
      },
      "/v1/conversations/{id}/messages/{messageId}/feedback": {
        post: {
          summary: "Thumbs up or down on one assistant answer",
          security: conversation,
          parameters: [idParameter("id"), idParameter("messageId")],
          requestBody: { required: true, content: json(messageFeedbackSchema) },
          responses: { "201": { description: "`{feedback: {messageId, value}}`" }, ...errors(400, 401, 403, 404, 415, 422) },
        },
      },
      "/v1/conversations/{id}/events": {
        get: {
          summary: "Server-Sent Events outside turns: agent.message, conversation.status, attachment.status",
          security: conversation,
          parameters: [idParameter("id")],
          responses: { "200": { description: "text/event-stream" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/conversations/{id}/attachments": {
        post: {
          summary: "Attach a file (PDF, PNG/JPEG/WebP image, UTF-8 text) to the conversation; its text and fields are extracted by a queued job",
          security: conversation,
          parameters: [idParameter("id")],
          requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } } } } },
          responses: { "202": { description: "`{attachmentId, jobId, attachment}`" }, ...errors(401, 403, 404, 413, 415, 422) },
        },
        get: {
          summary: "The conversation's attachments with their status (pending, processing, extracted, failed) and fields",
          security: conversation,
          parameters: [idParameter("id")],
          responses: { "200": { description: "`{attachments}`" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/ws-tickets": {
        post: {
          summary: "Mint a one-time WebSocket ticket (60 s) for the conversation of the token",
          security: [{ conversationToken: [] }],
          responses: { "201": { description: "`{ticket, expiresAt, conversationId}`" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/ws": {
        get: {
          summary: "WebSocket upgrade; frames in: {type: message, text}; out: the turn events with a type field",
          parameters: [{ name: "ticket", in: "query", required: true, schema: { type: "string" } }],
          responses: { "101": { description: "Switching protocols" }, ...errors(401) },
        },
      },
      "/v1/kb/documents": {
        post: {
          summary: "Submit a document for ingestion (queued)",
          security: admin,
          requestBody: { required: true, content: { ...json(jsonDocumentSchema), "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } } } } } },
          responses: { "202": { description: "`{documentId, externalId, jobId, unchanged}`" }, ...errors(400, 401, 403, 413, 415, 422) },
        },
        get: { summary: "List documents", security: admin, responses: { "200": { description: "`{documents}`" }, ...errors(401, 403, 422) } },
      },
      "/v1/kb/documents/{id}": {
        get: { summary: "One document", security: admin, parameters: [idParameter("id")], responses: { "200": { description: "The document" }, ...errors(401, 403, 404) } },
        delete: { summary: "Delete a document and its chunks", security: admin, parameters: [idParameter("id")], responses: { "200": { description: "`{deleted, id, externalId}`" }, ...errors(401, 403, 404) } },
      },
      "/v1/kb/search": {
        get: {
          summary: "Hybrid search of the knowledge base",
          security: admin,
          parameters: ["q", "lang", "category", "region", "limit"].map((name) => ({ name, in: "query", required: name === "q", schema: { type: name === "limit" ? "integer" : "string" } })),
          responses: { "200": { description: "`{query, results}`" }, ...errors(401, 403, 422) },
        },
      },
      "/v1/jobs/{id}": {
        get: { summary: "Status of a queued job", security: admin, parameters: [idParameter("id")], responses: { "200": { description: "The job" }, ...errors(401, 403, 404) } },
      },
      "/v1/jobs/{id}/events": {
        get: {
          summary: "Server-Sent Events `job` with the job on every change (status, progress) until it succeeds, fails or is dead-lettered",
          security: admin,
          parameters: [idParameter("id")],
          responses: { "200": { description: "text/event-stream" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/jobs/updates": {
        get: {
          summary: "WebSocket upgrade for the admin console; frames in: {type: subscribe|unsubscribe, jobId}; out: {type: job, job}, {type: job.unknown, jobId}. A plain GET answers 426",
          security: admin,
          responses: { "101": { description: "Switching protocols" }, ...errors(401, 403, 426) },
        },
      },
      "/v1/admin/kb/sync": {
        post: {
          summary: "Re-sync the knowledge base with a folder on the server or an S3 prefix: changed files re-ingested, vanished ones deleted (queued)",
          security: admin,
          requestBody: { required: true, content: json(syncRequestSchema) },
          responses: { "202": { description: "`{jobId, status, source}`" }, ...errors(400, 401, 403, 415, 422) },
        },
      },
      "/v1/admin/jobs": {
        get: {
          summary: "Jobs newest first, e.g. the dead letters with ?status=dead",
          security: admin,
          parameters: [
            { name: "status", in: "query", schema: { type: "string", enum: ["queued", "running", "succeeded", "failed", "dead"] } },
            { name: "type", in: "query", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 50 } },
          ],
          responses: { "200": { description: "`{jobs: [job]}`" }, ...errors(401, 403, 422) },
        },
      },
      "/v1/admin/jobs/{id}/retry": {
        post: {
          summary: "Queue a dead or failed job again, attempts reset",
          security: admin,
          parameters: [idParameter("id")],
          responses: { "202": { description: "The job, queued again" }, ...errors(401, 403, 404, 409) },
        },
      },
      "/v1/guardrails/check": {
        post: {
          summary: "Run the configured guardrail on a text",
          security: admin,
          requestBody: { required: true, content: json(guardrailCheckSchema) },
          responses: { "200": { description: "`{action: NONE|ANONYMIZED|BLOCKED, output, findings: [{type, category, action, start, end, score}]}`" }, ...errors(400, 401, 403, 415, 422) },
        },
      },
      "/v1/admin/analytics": {
        get: {
          summary: "Analytics of a date range: headline numbers and every table (conversations, resolution, escalation reasons, CSAT, thumbs, topics, knowledge gaps, latency, usage and cost, guardrails, response cache)",
          security: admin,
          parameters: dateRangeParameters,
          responses: { "200": { description: "`{range: {from, to, days}, kpis, tables}`" }, ...errors(400, 401, 403) },
        },
      },
      "/v1/admin/analytics/{table}": {
        get: {
          summary: "One analytics table of a date range, as JSON or as a CSV download",
          security: admin,
          parameters: [{ name: "table", in: "path", required: true, schema: { type: "string", enum: analyticsTableNames } }, ...dateRangeParameters, formatParameter],
          responses: { "200": { description: "`{range, table, title, columns, rows}`, or text/csv with Content-Disposition: attachment" }, ...errors(400, 401, 403, 404, 422) },
        },
      },
      "/v1/admin/usage": {
        get: {
          summary: "Metered model calls rolled up per model, UTC day or task: calls, failed calls, tokens (incl. cache read/write), cost, p50/p95 latency",
          security: admin,
          parameters: [
            { name: "from", in: "query", schema: { type: "string", description: "ISO date or date-time; default 30 days before `to`" } },
            { name: "to", in: "query", schema: { type: "string", description: "ISO date or date-time, exclusive; default now" } },
            { name: "groupBy", in: "query", schema: { type: "string", enum: ["model", "day", "task"], default: "day" } },
          ],
          responses: { "200": { description: "`{from, to, groupBy, groups: [{group, calls, failedCalls, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, costUsd, latencyMs: {p50, p95}}]}`" }, ...errors(400, 401, 403, 422) },
        },
      },
      "/v1/admin/budget": {
        get: {
          summary: "Today's (UTC) model spending against SWITCHBOARD_DAILY_BUDGET_USD and the routing tier it puts the gateway in",
          security: admin,
          responses: { "200": { description: "`{day, spentUsd, limitUsd, remainingUsd, remainingFraction, tier: normal|economy|cheapest|exhausted}`" }, ...errors(401, 403) },
        },
      },
      "/v1/admin/quality": {
        get: {
          summary: "Deterministic quality scores per conversation (lowest first, each rule's points) and their daily trend",
          security: admin,
          parameters: [...dateRangeParameters, { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 200 } }, formatParameter],
          responses: { "200": { description: "`{range, averageScore, conversations, lowScoring, trend, list}`, or text/csv" }, ...errors(400, 401, 403, 422) },
        },
      },
      "/v1/admin/conversations/{id}": {
        get: {
          summary: "One conversation for review: transcript with thumbs, CSAT, handoffs, guardrail interventions and quality score",
          security: admin,
          parameters: [idParameter("id")],
          responses: { "200": { description: "`{conversation, messages, csat, handoffs, guardrailEvents, quality, judgement}`" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/admin/conversations/{id}/judge": {
        post: {
          summary: "Have the judge task score the conversation (1–5 with reasons) in a quality.judge job; asking again before anything new was said answers the same job",
          security: admin,
          parameters: [idParameter("id")],
          responses: { "202": { description: "`{jobId, status}`" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/admin/guardrails/events": {
        get: {
          summary: "Recorded guardrail interventions, newest first (never the matched values)",
          security: admin,
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500 } },
            { name: "conversationId", in: "query", schema: { type: "string", format: "uuid" } },
          ],
          responses: { "200": { description: "`{events: [{id, conversationId, messageId, source, policy, categories, types, action, createdAt}]}`" }, ...errors(401, 403, 422) },
        },
      },
      "/v1/desk/queue": {
        get: { summary: "Escalated conversations waiting for or held by a person, oldest first", security: agent, responses: { "200": { description: "`{queue}`" }, ...errors(401, 403) } },
      },
      "/v1/desk/conversations/{id}": {
        get: {
          summary: "Handoff package, transcript and internal notes",
          security: agent,
          parameters: [idParameter("id")],
          responses: { "200": { description: "`{conversation, handoff, messages, notes}`" }, ...errors(401, 403, 404) },
        },
      },
      "/v1/desk/conversations/{id}/suggested-reply": {
        post: {
          summary: "Draft a new suggested reply (suggest_reply task, grounded in the knowledge base); it replaces the handoff's suggestion",
          security: agent,
          parameters: [idParameter("id")],
          responses: { "200": { description: "`{suggestedReply: {text, modelId, sources: [{title, externalId}]}}`" }, ...errors(401, 403, 404, 409, 502, 503) },
        },
      },
      "/v1/desk/conversations/{id}/notes": {
        post: {
          summary: "Add an internal note (agents only; never shown to the customer; live to the desk as note.added)",
          security: agent,
          parameters: [idParameter("id")],
          requestBody: { required: true, content: json(noteSchema) },
          responses: { "201": { description: "`{note: {id, conversationId, author, text, createdAt}}`" }, ...errors(401, 403, 404, 415, 422) },
        },
      },
      "/v1/desk/ws-tickets": {
        post: { summary: "A one-time ticket (60 s) for the desk's live WebSocket", security: agent, responses: { "201": { description: "`{ticket, expiresAt}`" }, ...errors(401, 403) } },
      },
      "/v1/desk/ws": {
        get: {
          summary: "The desk's live channel as a WebSocket (`?ticket=`): handoff.created, handoff.claimed, customer.message, agent.message, conversation.status, note.added, typing",
          security: agent,
          parameters: [{ name: "ticket", in: "query", required: true, schema: { type: "string" } }],
          responses: { "101": { description: "Switching protocols" }, "426": { description: "A plain GET: open it as a WebSocket" }, ...errors(401, 403) },
        },
      },
      "/v1/desk/conversations/{id}/claim": {
        post: { summary: "Take the conversation over", security: agent, parameters: [idParameter("id")], responses: { "200": { description: "`{handoff}`" }, ...errors(401, 403, 404, 409) } },
      },
      "/v1/desk/conversations/{id}/messages": {
        post: {
          summary: "Write to the customer (delivered live as agent.message)",
          security: agent,
          parameters: [idParameter("id")],
          requestBody: { required: true, content: json(agentMessageSchema) },
          responses: { "201": { description: "`{message}`" }, ...errors(401, 403, 404, 409, 415, 422) },
        },
      },
      "/v1/desk/conversations/{id}/resolve": {
        post: { summary: "Mark the conversation resolved", security: agent, parameters: [idParameter("id")], responses: { "200": { description: "`{conversation}`" }, ...errors(401, 403, 404) } },
      },
      "/v1/integrations/ticketing/webhook": {
        post: {
          summary: "Ticket status webhook: solved/closed resolves the conversation; public agent comments reach the customer",
          security: [{ ticketingSignature: [] }],
          requestBody: { required: true, content: json(ticketWebhookSchema) },
          responses: { "200": { description: "`{received, conversationId, conversationStatus, delivered}`" }, ...errors(400, 401, 404, 413, 422, 503) },
        },
      },
      "/v1/admin/webhooks/deliveries": {
        get: {
          summary: "Webhook delivery attempts, newest first",
          security: admin,
          parameters: [{ name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500 } }],
          responses: {
            "200": { description: "`{deliveries: [{eventId, eventType, url, endpointId, jobId, attempt, statusCode, durationMs, error, createdAt}]}`" },
            ...errors(401, 403, 422),
          },
        },
      },
      "/v1/admin/webhooks": {
        get: { summary: "Webhook endpoints (never their secrets)", security: admin, responses: { "200": { description: "`{webhooks: [{id, url, events, source, createdAt}]}`" }, ...errors(401, 403) } },
        post: {
          summary: "Register a webhook endpoint; the signing secret is given or generated, and shown only in this answer",
          security: admin,
          requestBody: { required: true, content: json(webhookEndpointSchema) },
          responses: { "201": { description: "`{id, url, events, source, createdAt, secret}`" }, ...errors(400, 401, 403, 415, 422) },
        },
      },
      "/v1/admin/webhooks/{id}": {
        delete: {
          summary: "Remove an admin-registered webhook endpoint (those of SWITCHBOARD_WEBHOOK_URLS answer 409)",
          security: admin,
          parameters: [idParameter("id")],
          responses: { "204": { description: "Removed" }, ...errors(401, 403, 404, 409) },
        },
      },
      "/v1/desk/conversations/{id}/release": {
        post: { summary: "Hand the conversation back to the assistant", security: agent, parameters: [idParameter("id")], responses: { "200": { description: "`{conversation}`" }, ...errors(401, 403, 404, 409) } },
      },
    },
  };
}
