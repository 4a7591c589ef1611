import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { testDocuments } from "./helpers/test-documents.ts";
import { ingestDocuments, postJson, sendMessage, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";
import { framesUntil, openSocket } from "./helpers/websocket-client.ts";

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let base: string;
let agent: Record<string, string>;

beforeAll(async () => {
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir);
  base = switchboard.url!;
  agent = { authorization: `Bearer ${switchboard.agentToken}` };
  await ingestDocuments(base, switchboard.adminToken, testDocuments);
});

afterAll(async () => {
  await switchboard?.close();
  await dataDir?.remove();
});

const deskConversation = async (id: string) => (await (await fetch(`${base}/v1/desk/conversations/${id}`, { headers: agent })).json()) as any;

describe("escalation triggers, end to end", () => {
  const cases: Array<{ name: string; customer?: Record<string, unknown>; messages: string[]; trigger: string; language?: string; notice: RegExp }> = [
    { name: "a request for a person (en)", messages: ["I want to talk to a human, please"], trigger: "human_request", notice: /specialist.*number \d+ in the queue/ },
    { name: "a request for a person (es)", messages: ["Quiero hablar con una persona, por favor"], trigger: "human_request", language: "es", notice: /especialista/ },
    { name: "a legal threat", messages: ["If this is not fixed today I will sue you and call my lawyer."], trigger: "legal_threat", notice: /specialist/ },
    { name: "a premium customer's refund", customer: { tier: "premium" }, messages: ["I would like a refund for my last order."], trigger: "premium_refund_or_cancel", notice: /specialist/ },
    { name: "a refund over the threshold", messages: ["I want a refund of $800 for the TV that arrived broken."], trigger: "refund_over_threshold", notice: /specialist/ },
    { name: "low confidence twice", messages: ["Do you rent out kayaks for the weekend?", "Do you offer sailing lessons on the lake?"], trigger: "low_confidence", notice: /specialist/ },
  ];

  for (const testCase of cases) {
    it(`escalates on ${testCase.name}`, async () => {
      const conversation = await startConversation(base, testCase.customer ?? {});
      let reply: Awaited<ReturnType<typeof sendMessage>> | undefined;
      for (const [index, text] of testCase.messages.entries()) {
        reply = await sendMessage(base, conversation, text);
        if (index < testCase.messages.length - 1) expect(reply.body.conversation.status).toBe("active");
      }
      const { body } = reply!;
      expect(body.conversation.status).toBe("escalated");
      expect(body.escalation.reasons.map((reason: { trigger: string }) => reason.trigger)).toContain(testCase.trigger);
      expect(body.escalation.position).toBeGreaterThanOrEqual(1);
      expect(body.message.text).toMatch(testCase.notice);
      if (testCase.language) expect(body.message.language).toBe(testCase.language);
      const { handoff } = await deskConversation(conversation.id);
      expect(handoff.reasons.map((reason: { trigger: string }) => reason.trigger)).toContain(testCase.trigger);
      expect(handoff.package.transcript.filter((message: { role: string }) => message.role === "user").at(-1).text).toBe(testCase.messages.at(-1));
      expect(handoff.package.summary).toBeTruthy();
    });
  }

  it("does not escalate an ordinary question", async () => {
    const conversation = await startConversation(base);
    const { body } = await sendMessage(base, conversation, "How long are gift cards valid?");
    expect(body.conversation.status).toBe("active");
    expect(body.escalation).toBeUndefined();
  });
});

describe("agent desk over WebSocket", () => {
  it("hands a conversation to a person and back", async () => {
    const conversation = await startConversation(base, { email: "ana@example.com" });
    const ticket = (await (await postJson(base, "/v1/ws-tickets", {}, { authorization: `Bearer ${conversation.token}` })).json()) as { ticket: string };
    const socket = await openSocket(base, ticket.ticket);
    expect((await socket.next()).type).toBe("ready");

    socket.send(JSON.stringify({ type: "message", text: "Can I speak to a real person about my order?" }));
    const turn = await framesUntil(socket, ["done", "error"]);
    const escalated = turn.find((frame) => frame.type === "escalated");
    expect(escalated).toMatchObject({ reasons: [expect.objectContaining({ trigger: "human_request" })], position: expect.any(Number) });
    expect(turn.at(-1)!.message.text).toContain(`number ${escalated!.position} in the queue`);

    const queue = (await (await fetch(`${base}/v1/desk/queue`, { headers: agent })).json()) as { queue: Array<{ conversationId: string; status: string }> };
    expect(queue.queue.find((entry) => entry.conversationId === conversation.id)?.status).toBe("waiting");
    const claimed = await postJson(base, `/v1/desk/conversations/${conversation.id}/claim`, { agent: "Maria" }, agent);
    expect(((await claimed.json()) as any).handoff).toMatchObject({ status: "claimed", agent: "Maria" });

    const sent = await postJson(base, `/v1/desk/conversations/${conversation.id}/messages`, { text: "Hi, I'm Maria. I'm looking at your order now." }, agent);
    expect(sent.status).toBe(201);
    const pushed = await socket.next();
    expect(pushed).toMatchObject({ type: "agent.message", message: { role: "agent", text: "Hi, I'm Maria. I'm looking at your order now." } });

    const requestsBefore = switchboard.localBedrock!.stats().requests;
    socket.send(JSON.stringify({ type: "message", text: "Thanks! It is order TS-5001." }));
    const silent = await framesUntil(socket, ["delivered", "done", "error"]);
    expect(silent.map((frame) => frame.type)).toEqual(["turn.started", "delivered"]);
    expect(switchboard.localBedrock!.stats().requests).toBe(requestsBefore);
    const held = await deskConversation(conversation.id);
    expect(held.messages.map((message: { role: string }) => message.role).slice(-3)).toEqual(["assistant", "agent", "user"]);
    expect(held.handoff.package.reasons[0].trigger).toBe("human_request");

    expect((await postJson(base, `/v1/desk/conversations/${conversation.id}/release`, {}, agent)).status).toBe(200);
    expect(await socket.next()).toEqual({ type: "conversation.status", status: "active" });
    socket.send(JSON.stringify({ type: "message", text: "One more thing: how long are gift cards valid?" }));
    const answered = await framesUntil(socket, ["done", "error", "delivered"]);
    expect(answered.at(-1)!.type).toBe("done");
    expect(answered.at(-1)!.message.text).toContain("3 years");

    const resolved = await postJson(base, `/v1/desk/conversations/${conversation.id}/resolve`, {}, agent);
    expect(((await resolved.json()) as any).conversation.status).toBe("resolved");
    expect(await socket.next()).toEqual({ type: "conversation.status", status: "resolved" });
    socket.close();
  });

  it("guards the desk with the agent (or admin) token and answers conflicts precisely", async () => {
    const conversation = await startConversation(base);
    expect((await fetch(`${base}/v1/desk/queue`)).status).toBe(401);
    expect((await fetch(`${base}/v1/desk/queue`, { headers: { authorization: `Bearer ${conversation.token}` } })).status).toBe(403);
    expect((await fetch(`${base}/v1/desk/queue`, { headers: { authorization: `Bearer ${switchboard.adminToken}` } })).status).toBe(200);
    const notEscalated = await postJson(base, `/v1/desk/conversations/${conversation.id}/claim`, {}, agent);
    expect(notEscalated.status).toBe(409);
    expect((await postJson(base, "/v1/desk/conversations/00000000-0000-4000-8000-000000000000/claim", {}, agent)).status).toBe(404);
  });
});
