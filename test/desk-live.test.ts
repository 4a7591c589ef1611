import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { postJson, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";
import { framesUntil, openSocket, type TestSocket } from "./helpers/websocket-client.ts";

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let base: string;
let agent: Record<string, string>;

beforeAll(async () => {
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir);
  base = switchboard.url!;
  agent = { authorization: `Bearer ${switchboard.agentToken}` };
});

afterAll(async () => {
  await switchboard?.close();
  await dataDir?.remove();
});

const deskTicket = async (headers = agent) => {
  const response = await postJson(base, "/v1/desk/ws-tickets", {}, headers);
  expect(response.status).toBe(201);
  return ((await response.json()) as { ticket: string }).ticket;
};
const openDesk = async () => {
  const socket = await openSocket(base, await deskTicket(), "/v1/desk/ws");
  expect(await socket.next()).toMatchObject({ type: "ready", subject: "agent-token", role: "agent" });
  return socket;
};
const openCustomer = async (conversation: { token: string }) => {
  const { ticket } = (await (await postJson(base, "/v1/ws-tickets", {}, { authorization: `Bearer ${conversation.token}` })).json()) as { ticket: string };
  const socket = await openSocket(base, ticket);
  expect((await socket.next()).type).toBe("ready");
  return socket;
};
/** The next frame of a type for one conversation; others (e.g. from other tests' conversations) are skipped. */
async function nextFor(socket: TestSocket, conversationId: string, type: string) {
  for (;;) {
    const frame = await socket.next();
    if (frame.type === type && frame.conversationId === conversationId) return frame;
  }
}
describe("the desk's live channel", () => {
  it("opens only with a fresh ticket minted by staff", async () => {
    const ticket = await deskTicket();
    const socket = await openSocket(base, ticket, "/v1/desk/ws");
    socket.close();
    await expect(openSocket(base, ticket, "/v1/desk/ws")).rejects.toThrow("HTTP 401");
    await expect(openSocket(base, "made-up", "/v1/desk/ws")).rejects.toThrow("HTTP 401");
    const customer = await startConversation(base);
    expect((await postJson(base, "/v1/desk/ws-tickets", {}, { authorization: `Bearer ${customer.token}` })).status).toBe(403);
    expect((await postJson(base, "/v1/desk/ws-tickets", {})).status).toBe(401);
    // A customer's conversation ticket does not open the desk.
    const { ticket: customerTicket } = (await (await postJson(base, "/v1/ws-tickets", {}, { authorization: `Bearer ${customer.token}` })).json()) as { ticket: string };
    await expect(openSocket(base, customerTicket, "/v1/desk/ws")).rejects.toThrow("HTTP 401");
  });

  it("shows an escalation as it happens, claims, typing both ways, messages, and notes only to agents", async () => {
    const desk = await openDesk();
    const conversation = await startConversation(base, { email: "lea@example.com" });
    const customer = await openCustomer(conversation);

    customer.send(JSON.stringify({ type: "message", text: "I want to talk to a person, please." }));
    const escalated = await nextFor(desk, conversation.id, "handoff.created");
    expect(escalated).toMatchObject({ reasons: ["human_request"], position: expect.any(Number), summary: expect.any(String) });
    await framesUntil(customer, ["done", "error"]);

    expect((await postJson(base, `/v1/desk/conversations/${conversation.id}/claim`, {}, agent)).status).toBe(200);
    expect(await nextFor(desk, conversation.id, "handoff.claimed")).toMatchObject({ agent: "agent-token" });

    // Keystrokes come in bursts; the desk hears one signal per interval.
    for (let index = 0; index < 5; index++) customer.send(JSON.stringify({ type: "typing" }));
    expect(await nextFor(desk, conversation.id, "typing")).toMatchObject({ from: "customer" });

    const note = await postJson(base, `/v1/desk/conversations/${conversation.id}/notes`, { text: "Customer was double charged; check with billing." }, agent);
    expect(note.status).toBe(201);
    // Frames arrive in order: whatever the burst let through came before the note.
    const untilNote = await framesUntil(desk, ["note.added"]);
    expect(untilNote.filter((frame) => frame.type === "typing" && frame.conversationId === conversation.id)).toEqual([]);
    expect(untilNote.at(-1)).toMatchObject({ conversationId: conversation.id, note: { author: "agent-token", text: "Customer was double charged; check with billing." } });

    // Clients without the WebSocket say the same over HTTP, with their own conversation's token only.
    const typedOverHttp = await fetch(`${base}/v1/conversations/${conversation.id}/typing`, { method: "POST", headers: { authorization: `Bearer ${conversation.token}` } });
    expect(typedOverHttp.status).toBe(204);
    expect(await nextFor(desk, conversation.id, "typing")).toMatchObject({ from: "customer" });
    const stranger = await startConversation(base);
    expect((await fetch(`${base}/v1/conversations/${conversation.id}/typing`, { method: "POST", headers: { authorization: `Bearer ${stranger.token}` } })).status).toBe(403);

    desk.send(JSON.stringify({ type: "typing", conversationId: conversation.id }));
    expect(await customer.next()).toEqual({ type: "typing", from: "agent" });

    const drafted = await postJson(base, `/v1/desk/conversations/${conversation.id}/suggested-reply`, {}, agent);
    expect(drafted.status).toBe(200);
    const { suggestedReply } = (await drafted.json()) as { suggestedReply: { text: string; modelId: string } };
    expect(suggestedReply.text.length).toBeGreaterThan(0);
    const kept = (await (await fetch(`${base}/v1/desk/conversations/${conversation.id}`, { headers: agent })).json()) as { handoff: { package: { suggestedReply: string } } };
    expect(kept.handoff.package.suggestedReply).toBe(suggestedReply.text);


    await postJson(base, `/v1/desk/conversations/${conversation.id}/messages`, { text: "Hi Lea, I am on it." }, agent);
    // The customer's next frame is the reply: the note and the claim never reach them.
    expect(await customer.next()).toMatchObject({ type: "agent.message", message: { role: "agent", text: "Hi Lea, I am on it." } });
    expect(await nextFor(desk, conversation.id, "agent.message")).toMatchObject({ message: { text: "Hi Lea, I am on it." } });

    customer.send(JSON.stringify({ type: "message", text: "Thank you! The order is TS-5001." }));
    expect(await nextFor(desk, conversation.id, "customer.message")).toMatchObject({ message: { role: "user", text: "Thank you! The order is TS-5001." } });

    const asCustomer = await (await fetch(`${base}/v1/conversations/${conversation.id}`, { headers: { authorization: `Bearer ${conversation.token}` } })).text();
    expect(asCustomer).not.toContain("double charged");
    const asAgent = (await (await fetch(`${base}/v1/desk/conversations/${conversation.id}`, { headers: agent })).json()) as { notes: Array<{ text: string }> };
    expect(asAgent.notes.map((entry) => entry.text)).toEqual(["Customer was double charged; check with billing."]);

    await postJson(base, `/v1/desk/conversations/${conversation.id}/resolve`, {}, agent);
    expect(await nextFor(desk, conversation.id, "conversation.status")).toMatchObject({ status: "resolved" });
    desk.close();
    customer.close();
  });

  it("refuses malformed frames and notes on unknown conversations", async () => {
    const desk = await openDesk();
    desk.send("not json");
    expect(await desk.next()).toMatchObject({ type: "error", error: { code: "invalid_json" } });
    desk.send(JSON.stringify({ type: "typing", conversationId: "nope" }));
    expect(await desk.next()).toMatchObject({ type: "error", error: { code: "validation_failed" } });
    desk.close();
    expect((await postJson(base, "/v1/desk/conversations/00000000-0000-4000-8000-000000000000/notes", { text: "x" }, agent)).status).toBe(404);
    const conversation = await startConversation(base);
    expect((await postJson(base, `/v1/desk/conversations/${conversation.id}/notes`, { text: "  " }, agent)).status).toBe(422);
    // Only a conversation a person holds or waits for gets a drafted reply.
    expect((await postJson(base, `/v1/desk/conversations/${conversation.id}/suggested-reply`, {}, agent)).status).toBe(409);
  });
});
