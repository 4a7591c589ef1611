import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { readServerSentEvents } from "../src/cli/switchboard-client.ts";
import { isSignedBody, signWebhookBody } from "../src/escalation/webhook-signature.ts";
import { testDocuments } from "./helpers/test-documents.ts";
import { ingestDocuments, postJson, sendMessage, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

const zendeskEmail = "agent@example.com";
const zendeskToken = "zendesk-api-token";
const webhookSecret = "webhook-secret-0123456789";
const ticketingSecret = "ticketing-secret-0123456789";
const metricsToken = "metrics-token-0123456789";

interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A small HTTP server that records every request and answers what `respond` says. */
async function startFakeServer(respond: (request: Recorded) => { status: number; body?: unknown }) {
  const requests: Recorded[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const recorded = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      const answer = respond(recorded);
      response.writeHead(answer.status, { "content-type": "application/json" });
      response.end(JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let base: string;
let zendesk: Awaited<ReturnType<typeof startFakeServer>>;
let receiver: Awaited<ReturnType<typeof startFakeServer>>;
let agent: Record<string, string>;
let nextTicketId = 9001;
/** Webhook deliveries the receiver will refuse (500) before it accepts again. */
let receiverFailures = 0;

beforeAll(async () => {
  zendesk = await startFakeServer((request) => {
    if (request.method === "POST" && request.url === "/api/v2/tickets.json") {
      if (request.body.includes("ticket-outage@example.com")) return { status: 503, body: { error: "Service unavailable" } };
      return { status: 201, body: { ticket: { id: nextTicketId++, status: "new" } } };
    }
    if (request.method === "PUT" && /^\/api\/v2\/tickets\/\d+\.json$/.test(request.url)) return { status: 200, body: { ticket: {} } };
    return { status: 404 };
  });
  receiver = await startFakeServer(() => (receiverFailures-- > 0 ? { status: 500 } : { status: 204 }));
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir, {
    SWITCHBOARD_TICKETING: "zendesk",
    SWITCHBOARD_ZENDESK_URL: zendesk.url,
    SWITCHBOARD_ZENDESK_EMAIL: zendeskEmail,
    SWITCHBOARD_ZENDESK_TOKEN: zendeskToken,
    SWITCHBOARD_TICKETING_WEBHOOK_SECRET: ticketingSecret,
    SWITCHBOARD_WEBHOOK_URLS: `${receiver.url}/hooks/switchboard`,
    SWITCHBOARD_WEBHOOK_SECRET: webhookSecret,
    SWITCHBOARD_METRICS_TOKEN: metricsToken,
  });
  base = switchboard.url!;
  agent = { authorization: `Bearer ${switchboard.agentToken}` };
  await ingestDocuments(base, switchboard.adminToken, testDocuments);
});

afterAll(async () => {
  await switchboard?.close();
  await Promise.all([zendesk?.close(), receiver?.close()]);
  await dataDir?.remove();
});

const settle = () => switchboard.domainEvents.drain();
const deskHandoff = async (id: string) => ((await (await fetch(`${base}/v1/desk/conversations/${id}`, { headers: agent })).json()) as any).handoff;
const webhookEvents = (type: string, conversationId: string) =>
  receiver.requests.map((request) => ({ request, event: JSON.parse(request.body) })).filter(({ event }) => event.type === type && event.data.conversationId === conversationId);
/** Webhooks are delivered by queued jobs: waits until the receiver has accepted `type` for the conversation. */
async function deliveredWebhookEvents(type: string, conversationId: string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const delivered = webhookEvents(type, conversationId);
    if (delivered.length > 0 && receiverFailures <= 0) return delivered;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${type} webhook for ${conversationId}`);
}

/** Escalates a new conversation by asking for a person; answers it once integrations have run. */
async function escalatedConversation(email: string) {
  const conversation = await startConversation(base, { email, name: "Ana Ruiz" });
  const { body } = await sendMessage(base, conversation, "I want to talk to a human about my broken blender, please");
  expect(body.conversation.status).toBe("escalated");
  await settle();
  return conversation;
}

function signedTicketWebhook(payload: unknown, secret = ticketingSecret) {
  const body = JSON.stringify(payload);
  return fetch(`${base}/v1/integrations/ticketing/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-switchboard-signature": signWebhookBody(secret, body) },
    body,
  });
}

describe("Zendesk-style ticketing", () => {
  it("opens a ticket with transcript, summary, tags and requester, and comments later messages", async () => {
    const conversation = await escalatedConversation("ana@example.com");
    const created = zendesk.requests.find((request) => request.method === "POST" && request.body.includes(conversation.id))!;
    expect(created.headers.authorization).toBe(`Basic ${Buffer.from(`${zendeskEmail}/token:${zendeskToken}`).toString("base64")}`);
    expect(created.headers["content-type"]).toBe("application/json");
    const { ticket } = JSON.parse(created.body);
    expect(ticket.subject).toContain("broken blender");
    expect(ticket.requester).toEqual({ email: "ana@example.com", name: "Ana Ruiz" });
    expect(ticket.tags).toEqual(expect.arrayContaining(["switchboard", "human_request", "lang_en"]));
    expect(ticket.external_id).toBe(conversation.id);
    expect(ticket.comment.body).toContain("Summary:");
    expect(ticket.comment.body).toMatch(/Customer: I want to talk to a human about my broken blender/);
    expect(ticket.comment.body).toMatch(/^Reasons: human_request \(/);
    expect(ticket.comment.public).toBe(false);

    const handoff = await deskHandoff(conversation.id);
    const ticketId = handoff.ticket.id as string;
    expect(ticketId).toMatch(/^\d+$/);
    expect(handoff.ticket).toMatchObject({ system: "zendesk", url: `${zendesk.url}/agent/tickets/${ticketId}`, error: null });

    const reply = await sendMessage(base, conversation, "The order number is TS-5001.");
    expect(reply.body.deliveredTo).toBe("agent");
    await settle();
    const comment = zendesk.requests.find((request) => request.method === "PUT" && request.url === `/api/v2/tickets/${ticketId}.json`)!;
    expect(JSON.parse(comment.body)).toEqual({ ticket: { comment: { body: "Customer: The order number is TS-5001.", public: false } } });
    expect(comment.headers.authorization).toBe(created.headers.authorization);
  });

  it("keeps the conversation on the built-in desk when the ticket cannot be opened", async () => {
    const conversation = await escalatedConversation("ticket-outage@example.com");
    const handoff = await deskHandoff(conversation.id);
    expect(handoff.ticket).toMatchObject({ system: "zendesk", id: null });
    expect(handoff.ticket.error).toMatch(/503/);
    const queue = (await (await fetch(`${base}/v1/desk/queue`, { headers: agent })).json()) as { queue: Array<{ conversationId: string }> };
    expect(queue.queue.some((entry) => entry.conversationId === conversation.id)).toBe(true);
  });
});

describe("ticketing status webhook", () => {
  it("refuses a body without a valid signature", async () => {
    const body = JSON.stringify({ ticket: { id: "9001", status: "solved" } });
    const unsigned = await fetch(`${base}/v1/integrations/ticketing/webhook`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);
    const forged = await signedTicketWebhook({ ticket: { id: "9001", status: "solved" } }, "not-the-shared-secret");
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as any).error.code).toBe("unauthorized");
  });

  it("delivers public agent comments to the customer and resolves on solved", async () => {
    const conversation = await escalatedConversation("luis@example.com");
    const ticketId = (await deskHandoff(conversation.id)).ticket.id as string;
    const stream = await fetch(`${base}/v1/conversations/${conversation.id}/events`, { headers: { authorization: `Bearer ${conversation.token}` } });
    const events = readServerSentEvents(stream.body!)[Symbol.asyncIterator]();
    expect((await events.next()).value.event).toBe("ready");

    const comment = { ticket: { id: ticketId, status: "open" }, comment: { id: "c-1", body: "Hello Luis, a replacement blender is on its way.", public: "true", author: { role: "agent" } } };
    const first = await signedTicketWebhook(comment);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ received: true, conversationId: conversation.id, conversationStatus: "escalated", delivered: true });
    const pushed = (await events.next()).value;
    expect(pushed.event).toBe("agent.message");
    expect((pushed.data as any).message).toMatchObject({ role: "agent", text: "Hello Luis, a replacement blender is on its way." });
    expect(await (await signedTicketWebhook(comment)).json()).toMatchObject({ delivered: false });
    const internal = await signedTicketWebhook({ ticket: { id: ticketId, status: "pending" }, comment: { id: "c-2", body: "Internal note", public: false } });
    expect(await internal.json()).toMatchObject({ conversationStatus: "escalated", delivered: false });

    const solved = await signedTicketWebhook({ ticket: { id: ticketId, status: "Solved" } });
    expect(await solved.json()).toMatchObject({ conversationStatus: "resolved" });
    const status = (await events.next()).value;
    expect(status.event).toBe("conversation.status");
    expect(status.data).toEqual({ status: "resolved" });
    await events.return?.(undefined);
    await settle();
    const [resolved] = await deliveredWebhookEvents("conversation.resolved", conversation.id);
    expect(resolved.event.data).toMatchObject({ resolvedBy: "ticket" });
    expect((await signedTicketWebhook({ ticket: { id: "no-such-ticket", status: "solved" } })).status).toBe(404);
  });
});

describe("generic webhook", () => {
  it("posts conversation.escalated signed with the shared secret", async () => {
    const conversation = await escalatedConversation("mia@example.com");
    const [{ request, event }] = await deliveredWebhookEvents("conversation.escalated", conversation.id);
    expect(request.url).toBe("/hooks/switchboard");
    expect(isSignedBody(webhookSecret, request.body, request.headers["x-switchboard-signature"] as string)).toBe(true);
    expect(request.headers["x-switchboard-signature"]).toBe(`sha256=${createHmac("sha256", webhookSecret).update(request.body).digest("hex")}`);
    expect(event).toMatchObject({ type: "conversation.escalated", id: expect.any(String), occurredAt: expect.any(String) });
    expect(event.data).toMatchObject({ conversationId: conversation.id, reasons: ["human_request"], position: expect.any(Number), language: "en" });
  });

  it("retries a failed delivery and logs every attempt", async () => {
    receiverFailures = 1;
    const conversation = await escalatedConversation("noah@example.com");
    const [event] = (await deliveredWebhookEvents("conversation.escalated", conversation.id)).map((entry) => entry.event);
    let attempts: any[] = [];
    for (const deadline = Date.now() + 15_000; attempts.length < 2 && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const { deliveries } = (await (await fetch(`${base}/v1/admin/webhooks/deliveries?limit=50`, { headers: { authorization: `Bearer ${switchboard.adminToken}` } })).json()) as any;
      attempts = deliveries.filter((delivery: { eventId: string }) => delivery.eventId === event.id).sort((a: any, b: any) => a.attempt - b.attempt);
    }
    expect(attempts.map((delivery: any) => [delivery.attempt, delivery.statusCode, delivery.error])).toEqual([
      [1, 500, "HTTP 500"],
      [2, 204, null],
    ]);
    expect(attempts[0]).toMatchObject({ eventType: "conversation.escalated", url: `${receiver.url}/hooks/switchboard` });
  });
});

describe("GET /metrics", () => {
  const scrape = async () => (await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text());
  const sample = (text: string, series: string) => Number(text.split("\n").find((line) => line.startsWith(`${series} `))?.split(" ")[1] ?? 0);

  it("needs the metrics token when one is configured", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
  });

  it("counts guardrail interventions, escalations, turns and requests", async () => {
    const before = await scrape();
    const blocked = await startConversation(base);
    await sendMessage(base, blocked, "My card is 4539 1488 0343 6467, can you charge it again?");
    await escalatedConversation("olga@example.com");
    const after = await scrape();
    const moved = (series: string) => sample(after, series) - sample(before, series);
    expect(moved('switchboard_guardrail_interventions_total{source="INPUT",category="PII",action="BLOCKED"}')).toBe(1);
    expect(moved('switchboard_escalations_total{reason="human_request"}')).toBe(1);
    expect(moved('switchboard_turns_total{outcome="escalated"}')).toBeGreaterThanOrEqual(1);
    expect(moved("switchboard_turn_duration_seconds_count")).toBe(2);
    expect(after).toContain("# TYPE switchboard_time_to_first_token_seconds histogram");
    expect(moved('switchboard_http_requests_total{method="POST",route="/v1/conversations/:id/messages",status="200"}')).toBe(2);
  });
});
