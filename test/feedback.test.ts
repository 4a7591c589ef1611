import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { ingestDocuments, postJson, sendMessage, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";
import { testDocuments } from "./helpers/test-documents.ts";

describe("CSAT and thumbs on answers", () => {
  let switchboard: Switchboard;
  let baseUrl: string;
  let removeData: () => Promise<void>;

  beforeAll(async () => {
    const data = await temporaryDataDir();
    removeData = data.remove;
    switchboard = await startTestSwitchboard(data.dir);
    baseUrl = switchboard.url!;
    await ingestDocuments(baseUrl, switchboard.adminToken, testDocuments.slice(0, 1));
  });
  afterAll(async () => {
    await switchboard?.close();
    await removeData?.();
  });

  it("stores one rating per conversation, the latest winning, and refuses bad ratings", async () => {
    const conversation = await startConversation(baseUrl);
    const auth = { authorization: `Bearer ${conversation.token}` };
    const rate = (body: unknown, headers = auth) => postJson(baseUrl, `/v1/conversations/${conversation.id}/csat`, body, headers);

    for (const bad of [{ rating: 0 }, { rating: 6 }, { rating: 4.5 }, { rating: "5" }, {}, { rating: 3, extra: true }]) {
      const response = await rate(bad);
      expect(response.status, JSON.stringify(bad)).toBe(422);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
    }
    expect((await rate({ rating: 5 }, {} as typeof auth)).status).toBe(401);
    const other = await startConversation(baseUrl);
    expect((await rate({ rating: 5 }, { authorization: `Bearer ${other.token}` })).status).toBe(403);

    expect((await rate({ rating: 2, comment: "slow" })).status).toBe(201);
    const response = await rate({ rating: 4 });
    expect(await response.json()).toMatchObject({ csat: { conversationId: conversation.id, rating: 4, comment: null } });
    const rows = await switchboard.db.query<{ rating: number }>("SELECT rating FROM csat WHERE conversation_id = $1", [conversation.id]);
    expect(rows.rows.map((row) => Number(row.rating))).toEqual([4]);
  });

  it("takes thumbs only on the conversation's own assistant answers", async () => {
    const conversation = await startConversation(baseUrl);
    const auth = { authorization: `Bearer ${conversation.token}` };
    const { body } = await sendMessage(baseUrl, conversation, "How long do I have to return an item in the EU?");
    const answerId = body.message.id as string;
    const thumb = (messageId: string, value: unknown) => postJson(baseUrl, `/v1/conversations/${conversation.id}/messages/${messageId}/feedback`, { value }, auth);

    expect((await thumb(answerId, "sideways")).status).toBe(422);
    expect((await thumb(answerId, "down")).status).toBe(201);
    expect((await thumb(answerId, "up")).status).toBe(201);
    const rows = await switchboard.db.query<{ value: string }>("SELECT value FROM message_feedback WHERE message_id = $1", [answerId]);
    expect(rows.rows).toEqual([{ value: "up" }]);

    const userMessage = await switchboard.db.query<{ id: string }>("SELECT id FROM messages WHERE conversation_id = $1 AND role = 'user'", [conversation.id]);
    expect((await thumb(userMessage.rows[0].id, "up")).status).toBe(404);
    const other = await startConversation(baseUrl);
    const otherAnswer = await sendMessage(baseUrl, other, "How long do I have to return an item in the EU?");
    expect((await thumb(otherAnswer.body.message.id, "up")).status).toBe(404);
    const withOtherToken = await postJson(baseUrl, `/v1/conversations/${conversation.id}/messages/${answerId}/feedback`, { value: "down" }, { authorization: `Bearer ${other.token}` });
    expect(withOtherToken.status).toBe(403);
  });
});
