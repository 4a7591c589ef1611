import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { readServerSentEvents } from "../src/cli/switchboard-client.ts";
import { ingestDocuments, postJson, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";
import { testDocuments } from "./helpers/test-documents.ts";

// Distinct model ids per task, so faults and meter rows can be told apart.
const models = {
  SWITCHBOARD_MODEL_CLASSIFY: "us.anthropic.claude-3-5-haiku-20241022-v1:0",
  SWITCHBOARD_MODEL_ANSWER_SIMPLE: "us.anthropic.claude-haiku-4-5-20251001-v1:0",
  SWITCHBOARD_MODEL_ANSWER_COMPLEX: "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
};

interface TurnOutcome {
  status: number;
  body: any;
}

async function ask(base: string, conversation: { id: string; token: string }, text: string): Promise<TurnOutcome> {
  const response = await postJson(base, `/v1/conversations/${conversation.id}/messages`, { text }, { authorization: `Bearer ${conversation.token}` });
  return { status: response.status, body: await response.json() };
}

async function storedMessages(switchboard: Switchboard, conversationId: string) {
  const { rows } = await switchboard.db.query<{ id: string; role: string; task: string | null; model: string | null; status: string; text: string; classification: any }>(
    "SELECT id, role, task, model, status, text, classification FROM messages WHERE conversation_id = $1 ORDER BY created_at, id",
    [conversationId],
  );
  return rows;
}

async function meteredCalls(switchboard: Switchboard, conversationId: string) {
  await switchboard.gateway.flushMetering();
  const { rows } = await switchboard.db.query<{ task: string; model_id: string; message_id: string; outcome: string }>(
    "SELECT task, model_id, message_id, outcome FROM model_calls WHERE conversation_id = $1 ORDER BY created_at",
    [conversationId],
  );
  return rows;
}

describe("classification routes each answer (step 5)", () => {
  let switchboard: Switchboard;
  let dataDir: Awaited<ReturnType<typeof temporaryDataDir>>;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    switchboard = await startTestSwitchboard(dataDir.dir, { ...models, SWITCHBOARD_RESPONSE_CACHE: "off" });
    await ingestDocuments(switchboard.url!, switchboard.adminToken, testDocuments);
  });
  afterEach(() => switchboard.localBedrock!.clearFaults());
  afterAll(async () => {
    await switchboard.close();
    await dataDir.remove();
  });

  it("classifies a plain question as simple and answers it on the simple tier, metering both calls", async () => {
    const conversation = await startConversation(switchboard.url!);
    const { status } = await ask(switchboard.url!, conversation, "How long are gift cards valid?");
    expect(status).toBe(200);
    const [user, assistant] = await storedMessages(switchboard, conversation.id);
    expect(user.classification).toMatchObject({ route: "simple", needs_order: false });
    expect(user.classification.topic).toBeTruthy();
    expect(assistant).toMatchObject({ task: "answer.simple", model: models.SWITCHBOARD_MODEL_ANSWER_SIMPLE, status: "complete" });
    const calls = await meteredCalls(switchboard, conversation.id);
    expect(calls).toEqual([
      expect.objectContaining({ task: "classify", model_id: models.SWITCHBOARD_MODEL_CLASSIFY, message_id: user.id, outcome: "success" }),
      expect.objectContaining({ task: "answer.simple", model_id: models.SWITCHBOARD_MODEL_ANSWER_SIMPLE, message_id: assistant.id, outcome: "success" }),
    ]);
  });

  it("sends a multi-part question with conditions to the complex tier", async () => {
    const conversation = await startConversation(switchboard.url!);
    await ask(
      switchboard.url!,
      conversation,
      "I paid part of my order with a gift card and part by credit card. If I return one of the items after 20 days, how is the refund split between the two, and does the gift card keep its original expiry date?",
    );
    const [user, assistant] = await storedMessages(switchboard, conversation.id);
    expect(user.classification.route).toBe("complex");
    expect(assistant).toMatchObject({ task: "answer.complex", model: models.SWITCHBOARD_MODEL_ANSWER_COMPLEX });
  });

  it("still answers, on the simple tier, when the classifier fails", async () => {
    switchboard.localBedrock!.setFaults({ rules: [{ model: models.SWITCHBOARD_MODEL_CLASSIFY, kind: "validation" }] });
    const conversation = await startConversation(switchboard.url!);
    const { status, body } = await ask(switchboard.url!, conversation, "How long are gift cards valid?");
    expect(status).toBe(200);
    expect(body.message.citations.map((citation: { externalId: string }) => citation.externalId)).toContain("gift-cards");
    const [user, assistant] = await storedMessages(switchboard, conversation.id);
    expect(user.classification).toBeNull();
    expect(assistant.task).toBe("answer.simple");
  });

  it("retries a stream that breaks before its first token without the customer noticing", async () => {
    switchboard.localBedrock!.setFaults({ rules: [{ model: models.SWITCHBOARD_MODEL_ANSWER_SIMPLE, kind: "stream-cut", afterEvents: 0, burst: 1 }] });
    const conversation = await startConversation(switchboard.url!);
    const { status, body } = await ask(switchboard.url!, conversation, "How long are gift cards valid?");
    expect(status).toBe(200);
    expect(body.message.status).toBe("complete");
    const answers = (await meteredCalls(switchboard, conversation.id)).filter((call) => call.task === "answer.simple");
    expect(answers.map((call) => call.outcome)).toEqual([expect.not.stringMatching(/^success$/), "success"]);
  });

  it("keeps a partial answer marked incomplete and apologizes, in the customer's language, when the stream breaks after its first token", async () => {
    switchboard.localBedrock!.setFaults({ rules: [{ model: models.SWITCHBOARD_MODEL_ANSWER_SIMPLE, kind: "stream-cut", afterEvents: 4 }] });
    const conversation = await startConversation(switchboard.url!, {}, "es");
    const response = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${conversation.token}` },
      body: JSON.stringify({ text: "¿Cuántos días tengo para devolver un artículo?" }),
    });
    const events: Array<{ event: string; data: any }> = [];
    for await (const event of readServerSentEvents(response.body!)) events.push(event);
    const deltas = events.filter((event) => event.event === "delta");
    expect(deltas.length).toBeGreaterThan(0);
    const error = events.at(-1)!;
    expect(error.event).toBe("error");
    expect(error.data.error).toMatchObject({ retryable: true });
    expect(error.data.error.message).toMatch(/respuesta/i);
    const [, assistant] = await storedMessages(switchboard, conversation.id);
    expect(assistant.status).toBe("incomplete");
    expect(assistant.text).toBe(deltas.map((delta) => delta.data.text).join("").trim());
  });
});

describe("a spent daily budget", () => {
  let switchboard: Switchboard;
  let dataDir: Awaited<ReturnType<typeof temporaryDataDir>>;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    // Less than one call costs: the first call spends it all.
    switchboard = await startTestSwitchboard(dataDir.dir, { ...models, SWITCHBOARD_RESPONSE_CACHE: "off", SWITCHBOARD_DAILY_BUDGET_USD: "0.0000001" });
    await ingestDocuments(switchboard.url!, switchboard.adminToken, testDocuments);
  });
  afterAll(async () => {
    await switchboard.close();
    await dataDir.remove();
  });

  it("answers from the knowledge base's own words, cited, without an answer model call", async () => {
    const first = await startConversation(switchboard.url!);
    await ask(switchboard.url!, first, "How long are gift cards valid?");
    expect(switchboard.gateway.budget().tier).toBe("exhausted");

    const conversation = await startConversation(switchboard.url!);
    const { status, body } = await ask(switchboard.url!, conversation, "How long are gift cards valid?");
    expect(status).toBe(200);
    expect(body.message.text).toMatch(/^Here is what our help center says about this:\n\n> .+ \[1\]$/s);
    expect(body.message.citations.map((citation: { externalId: string }) => citation.externalId)).toEqual(["gift-cards"]);
    expect(body.message.model).toBeNull();
    const calls = await meteredCalls(switchboard, conversation.id);
    expect(calls.filter((call) => call.task.startsWith("answer."))).toEqual([]);
  });
});
