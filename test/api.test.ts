import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Switchboard } from "../src/app.ts";
import { readServerSentEvents } from "../src/cli/switchboard-client.ts";
import { startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";
import { testDocuments } from "./helpers/test-documents.ts";
import { openSocket } from "./helpers/websocket-client.ts";

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let base: string;
let admin: Record<string, string>;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

async function startConversation(customer: Record<string, unknown> = {}, language?: string) {
  const response = await post("/v1/conversations", { customer, ...(language ? { language } : {}) });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; token: string };
}

async function ask(conversation: { id: string; token: string }, text: string) {
  const response = await post(`/v1/conversations/${conversation.id}/messages`, { text }, { authorization: `Bearer ${conversation.token}` });
  return { status: response.status, body: (await response.json()) as any };
}

beforeAll(async () => {
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir);
  base = switchboard.url!;
  admin = { authorization: `Bearer ${switchboard.adminToken}` };
  for (const document of testDocuments) {
    const response = await post("/v1/kb/documents", { content: document.content, contentType: "text/markdown" }, admin);
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    expect((await waitForJob(base, switchboard.adminToken, jobId)).status).toBe("succeeded");
  }
});

afterAll(async () => {
  await switchboard?.close();
  await dataDir?.remove();
});

describe("health", () => {
  it("answers healthz and readyz", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});

describe("search", () => {
  it("ranks the matching document first, with scores", async () => {
    const response = await fetch(`${base}/v1/kb/search?q=${encodeURIComponent("how long are gift cards valid")}`, { headers: admin });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<{ externalId: string; score: number }> };
    expect(results[0].externalId).toBe("gift-cards");
    expect(results[0].score).toBeGreaterThan(0);
  });

  it("filters by language", async () => {
    const response = await fetch(`${base}/v1/kb/search?q=devolver&lang=es`, { headers: admin });
    const { results } = (await response.json()) as { results: Array<{ externalId: string; lang: string }> };
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.lang === "es")).toBe(true);
  });

  it("requires the admin token", async () => {
    expect((await fetch(`${base}/v1/kb/search?q=x`)).status).toBe(401);
    // An unknown credential is no credential (401); a valid one without the role is 403.
    expect((await fetch(`${base}/v1/kb/search?q=x`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const customer = await startConversation();
    expect((await fetch(`${base}/v1/kb/search?q=x`, { headers: { authorization: `Bearer ${customer.token}` } })).status).toBe(403);
  });
});

describe("chat over JSON", () => {
  it("answers from the knowledge base with citations pointing at the right document", async () => {
    const conversation = await startConversation();
    const { status, body } = await ask(conversation, "How long are gift cards valid?");
    expect(status).toBe(200);
    expect(body.message.role).toBe("assistant");
    expect(body.message.text).toContain("3 years");
    expect(body.message.citations[0]).toMatchObject({ externalId: "gift-cards", title: "Gift cards" });
    expect(body.message.citations[0].documentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.message.usage.inputTokens).toBeGreaterThan(0);
    expect(body.message.usage.outputTokens).toBeGreaterThan(0);
    expect(body.message.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.conversation).toEqual({ id: conversation.id, status: "active" });
  });

  it("answers in Spanish from the Spanish document", async () => {
    const conversation = await startConversation({ country: "ES" });
    const { body } = await ask(conversation, "¿Cuántos días tengo para devolver un artículo?");
    expect(body.message.language).toBe("es");
    expect(body.message.text).toContain("30 días");
    expect(body.message.citations.map((citation: { externalId: string }) => citation.externalId)).toContain("devoluciones-es");
  });

  it("says it does not know instead of inventing", async () => {
    const conversation = await startConversation();
    const { body } = await ask(conversation, "Do you rent out kayaks for the weekend?");
    expect(body.message.text).toMatch(/don't have that information/i);
    expect(body.message.citations).toEqual([]);
  });

  it("keeps the history and stores model, usage and citations", async () => {
    const conversation = await startConversation();
    // A question of its own: an earlier test's answer would come from the response cache, with no model usage.
    await ask(conversation, "When do gift cards expire?");
    const response = await fetch(`${base}/v1/conversations/${conversation.id}`, { headers: { authorization: `Bearer ${conversation.token}` } });
    const { messages } = (await response.json()) as { messages: Array<Record<string, any>> };
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant"]);
    expect(messages[1].model).toBeTruthy();
    expect(messages[1].usage.outputTokens).toBeGreaterThan(0);
    expect(messages[1].citations[0].externalId).toBe("gift-cards");
  });
});

describe("chat over SSE", () => {
  it("streams turn.started, deltas, citations and done", async () => {
    const conversation = await startConversation();
    const response = await fetch(`${base}/v1/conversations/${conversation.id}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${conversation.token}`, "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ text: "Can I combine gift cards in one order?" }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = [];
    for await (const event of readServerSentEvents(response.body!)) events.push(event);
    const names = events.map((event) => event.event);
    expect(names[0]).toBe("turn.started");
    expect(names.filter((name) => name === "delta").length).toBeGreaterThan(1);
    expect(names.slice(-2)).toEqual(["citations", "done"]);
    const streamed = events.filter((event) => event.event === "delta").map((event) => event.data.text).join("");
    const done = events.at(-1)!.data as { message: { text: string; citations: Array<{ externalId: string }> } };
    expect(streamed.trim()).toBe(done.message.text);
    expect(done.message.citations[0].externalId).toBe("gift-cards");
  });
});

describe("chat over WebSocket", () => {
  async function mintTicket(conversation: { id: string; token: string }) {
    const response = await post("/v1/ws-tickets", {}, { authorization: `Bearer ${conversation.token}` });
    expect(response.status).toBe(201);
    return (await response.json()) as { ticket: string; expiresAt: string };
  }

  const open = (ticket: string) => openSocket(base, ticket);

  it("streams the same events as SSE", async () => {
    const conversation = await startConversation();
    const { ticket, expiresAt } = await mintTicket(conversation);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    const socket = await open(ticket);
    const events: Array<{ type: string; [key: string]: any }> = [await socket.next()];
    socket.send(JSON.stringify({ type: "message", text: "How long are gift cards valid?" }));
    while (!["done", "error"].includes(events.at(-1)!.type)) events.push(await socket.next());
    socket.close();
    expect(events[0].type).toBe("ready");
    expect(events.map((event) => event.type)).toContain("delta");
    expect(events.at(-1)!.message.citations[0].externalId).toBe("gift-cards");
  });

  it("answers a malformed frame with an error event and keeps the socket open", async () => {
    const conversation = await startConversation();
    const socket = await open((await mintTicket(conversation)).ticket);
    const next = socket.next;
    expect((await next()).type).toBe("ready");
    socket.send("not json");
    expect((await next()).error.code).toBe("invalid_json");
    socket.send(JSON.stringify({ type: "message", text: "x".repeat(10_000) }));
    expect((await next()).error.code).toBe("message_too_long");
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it("rejects a reused ticket", async () => {
    const conversation = await startConversation();
    const { ticket } = await mintTicket(conversation);
    (await open(ticket)).close();
    await expect(open(ticket)).rejects.toThrow("HTTP 401");
  });

  it("rejects an expired ticket", async () => {
    const conversation = await startConversation();
    const { ticket } = await mintTicket(conversation);
    await switchboard.db.query("UPDATE ws_tickets SET expires_at = now() - interval '1 second'");
    await expect(open(ticket)).rejects.toThrow("HTTP 401");
  });

  it("rejects unknown tickets and tickets without a conversation token", async () => {
    await expect(open("made-up")).rejects.toThrow("HTTP 401");
    expect((await post("/v1/ws-tickets", {})).status).toBe(401);
  });
});

describe("orders", () => {
  it("discloses an order to the conversation whose e-mail matches", async () => {
    const conversation = await startConversation({ email: "ana@example.com" });
    const { body } = await ask(conversation, "Where is my order TS-5001?");
    expect(body.message.text).toContain("DHL");
    expect(body.message.text).toContain("JD0146000062812345");
  });

  it("asks to verify and leaks nothing when the e-mail does not match", async () => {
    const conversation = await startConversation({ email: "someone-else@example.com" });
    const { body } = await ask(conversation, "Where is my order TS-5001?");
    expect(body.message.text).not.toContain("DHL");
    expect(body.message.text).not.toContain("JD0146000062812345");
    expect(body.message.text).not.toMatch(/shipped/i);
  });

  it("asks to verify an anonymous visitor too", async () => {
    const conversation = await startConversation();
    const { body } = await ask(conversation, "status of order TS-5001 please");
    expect(body.message.text).not.toContain("JD0146000062812345");
  });

  it("says when an order number is unknown", async () => {
    const conversation = await startConversation({ email: "ana@example.com" });
    const { body } = await ask(conversation, "Where is my order TS-9999?");
    expect(body.message.text).toContain("TS-9999");
    expect(body.message.text).not.toContain("DHL");
  });
});

describe("bad input", () => {
  it("answers each with a precise status and a JSON error", async () => {
    const conversation = await startConversation();
    const auth = { authorization: `Bearer ${conversation.token}` };
    const cases: Array<[Promise<Response>, number, string]> = [
      [fetch(`${base}/v1/conversations`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }), 400, "invalid_json"],
      [post("/v1/conversations", { customer: { email: "not-an-email" } }), 422, "validation_failed"],
      [fetch(`${base}/v1/conversations`, { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" }), 415, "unsupported_media_type"],
      [post(`/v1/conversations/${conversation.id}/messages`, { text: "hi" }), 401, "unauthorized"],
      [post(`/v1/conversations/${conversation.id}/messages`, { text: "hi" }, { authorization: "Bearer forged.token" }), 401, "unauthorized"],
      [post(`/v1/conversations/${conversation.id}/messages`, { text: "" }, auth), 422, "validation_failed"],
      [post(`/v1/conversations/${conversation.id}/messages`, { text: "x".repeat(5000) }, auth), 413, "message_too_long"],
      [post(`/v1/conversations/00000000-0000-4000-8000-000000000000/messages`, { text: "hi" }, auth), 403, "forbidden"],
      [fetch(`${base}/v1/conversations/not-a-uuid`, { headers: auth }), 404, "not_found"],
      [post("/v1/kb/documents", { content: "x" }), 401, "unauthorized"],
      [post("/v1/kb/documents", { contentBase64: "AAEC", filename: "x.exe" }, admin), 415, "unsupported_media_type"],
      [fetch(`${base}/v1/jobs/00000000-0000-4000-8000-000000000000`, { headers: admin }), 404, "not_found"],
      [fetch(`${base}/v1/nothing-here`), 404, "not_found"],
    ];
    for (const [request, status, code] of cases) {
      const response = await request;
      expect({ status: response.status, code: ((await response.json()) as any).error?.code }).toEqual({ status, code });
      expect(response.headers.get("x-request-id")).toBeTruthy();
    }
  });

  it("rejects a token for another conversation", async () => {
    const mine = await startConversation();
    const theirs = await startConversation();
    const response = await fetch(`${base}/v1/conversations/${theirs.id}`, { headers: { authorization: `Bearer ${mine.token}` } });
    expect(response.status).toBe(403);
  });
});
