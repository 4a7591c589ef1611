import { z } from "zod";
import { csatSchema, messageFeedbackSchema } from "./routes/feedback-routes.ts";
import { createConversationSchema } from "./routes/conversation-routes.ts";
import { newApiTokenSchema } from "./routes/api-token-routes.ts";
import { loginSchema } from "./routes/auth-routes.ts";
import { agentMessageSchema } from "./routes/desk-routes.ts";
import { guardrailCheckSchema } from "./routes/guardrail-routes.ts";
import { jsonDocumentSchema } from "./routes/knowledge-routes.ts";
import { ticketWebhookSchema } from "./routes/ticketing-webhook-routes.ts";
import { newUserSchema, userChangesSchema } from "./routes/user-routes.ts";
import { newWidgetSiteSchema } from "./routes/widget-site-routes.ts";

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
          responses: { "200": { description: "`{user}`" }, ...errors(400, 401, 403, 404, 415, 422) },
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
          summary: "Server-Sent Events outside turns: agent.message, conversation.status",
          security: conversation,
          parameters: [idParameter("id")],
          responses: { "200": { description: "text/event-stream" }, ...errors(401, 403, 404) },
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
        get: { summary: "Handoff package and transcript", security: agent, parameters: [idParameter("id")], responses: { "200": { description: "`{conversation, handoff, messages}`" }, ...errors(401, 403, 404) } },
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
          summary: "Generic webhook delivery attempts, newest first",
          security: admin,
          parameters: [{ name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500 } }],
          responses: { "200": { description: "`{deliveries: [{eventId, eventType, url, attempt, statusCode, error, createdAt}]}`" }, ...errors(401, 403, 422) },
        },
      },
      "/v1/desk/conversations/{id}/release": {
        post: { summary: "Hand the conversation back to the assistant", security: agent, parameters: [idParameter("id")], responses: { "200": { description: "`{conversation}`" }, ...errors(401, 403, 404, 409) } },
      },
    },
  };
}
