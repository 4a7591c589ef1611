import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { createSummarizeConversationJob } from "../src/conversation/summaries/summarize-conversation-job.ts";
import { findConversationSummary } from "../src/conversation/summaries/summary-store.ts";
import { defaultRetryPolicy } from "../src/jobs/retry-policy.ts";
import { postJson, sendMessage, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

interface JobView {
  id: string;
  status: string;
  result: { conversationId: string; handoffId: string | null } | null;
}

describe("conversation.summarize", () => {
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  let switchboard: Switchboard;

  beforeAll(async () => {
    data = await temporaryDataDir();
    switchboard = await startTestSwitchboard(data.dir, { SWITCHBOARD_VECTOR_SEARCH: "off" });
  });
  afterAll(async () => {
    await switchboard?.close();
    await data?.remove();
  });

  /** Waits until `count` summarize jobs of the conversation succeeded. */
  const summaryJobs = async (conversationId: string, count: number): Promise<JobView[]> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const response = await fetch(`${switchboard.url}/v1/admin/jobs?type=conversation.summarize`, { headers: { authorization: `Bearer ${switchboard.adminToken}` } });
      const { jobs } = (await response.json()) as { jobs: JobView[] };
      const mine = jobs.filter((job) => job.result?.conversationId === conversationId && job.status === "succeeded");
      if (mine.length >= count) return mine;
      if (Date.now() > deadline) throw new Error(`summaries of ${conversationId}: ${JSON.stringify(jobs)}`);
      await sleep(200);
    }
  };
  const deskView = async (conversationId: string) => {
    const response = await fetch(`${switchboard.url}/v1/desk/conversations/${conversationId}`, { headers: { authorization: `Bearer ${switchboard.agentToken}` } });
    return (await response.json()) as { handoff: { id: string; package: { summary: string } } };
  };

  it("replaces the handoff's extractive summary with the model's on escalation, and summarizes again on resolve", async () => {
    const conversation = await startConversation(switchboard.url!, {}, "en");
    const turn = await sendMessage(switchboard.url!, conversation, "My order TS-5001 never arrived and the tracking has not moved for a week. I want to talk to a human, please.");
    expect(turn.status).toBe(200);
    expect(turn.body.escalation).toBeTruthy();
    const extractive = (await deskView(conversation.id)).handoff.package.summary;

    const [onEscalation] = await summaryJobs(conversation.id, 1);
    const stored = await findConversationSummary(switchboard.db, conversation.id);
    expect(stored?.summary).toBeTruthy();
    const desk = await deskView(conversation.id);
    expect(onEscalation.result?.handoffId).toBe(desk.handoff.id);
    expect(desk.handoff.package.summary).toBe(stored!.summary);
    expect(desk.handoff.package.summary).not.toBe(extractive);

    const resolved = await postJson(switchboard.url!, `/v1/desk/conversations/${conversation.id}/resolve`, {}, { authorization: `Bearer ${switchboard.agentToken}` });
    expect(resolved.status).toBe(200);
    const jobs = await summaryJobs(conversation.id, 2);
    expect(new Set(jobs.map((job) => job.id)).size).toBe(2);
  });

  it("keeps one summary when the same job is delivered twice", async () => {
    const conversation = await startConversation(switchboard.url!, {}, "en");
    await sendMessage(switchboard.url!, conversation, "I need to speak to a person about a refund for order TS-5001.");
    await summaryJobs(conversation.id, 1);
    const { handoff } = await deskView(conversation.id);
    const handler = createSummarizeConversationJob({ db: switchboard.db, gateway: switchboard.gateway, retry: defaultRetryPolicy });
    const payload = { conversationId: conversation.id, event: "conversation.escalated", handoffId: handoff.id };
    const deliver = () => handler.run({ jobId: randomUUID(), attempt: 1, payload, progress: async () => {} });
    await deliver();
    await deliver();
    const stored = await findConversationSummary(switchboard.db, conversation.id);
    expect((await deskView(conversation.id)).handoff.package.summary).toBe(stored!.summary);
    const { rows } = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM handoffs WHERE conversation_id = $1", [conversation.id]);
    expect(rows[0].count).toBe(1);
  });

  it("fails an invalid payload at once instead of retrying it", async () => {
    const handler = createSummarizeConversationJob({ db: switchboard.db, gateway: switchboard.gateway, retry: defaultRetryPolicy });
    await expect(handler.run({ jobId: randomUUID(), attempt: 1, payload: { conversationId: "nope" }, progress: async () => {} })).rejects.toThrow(/Invalid summarize payload/);
  });
});
