import { z } from "zod";
import { findConversation, listMessages } from "../conversation/conversation-store.ts";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { PermanentJobError, type JobHandler } from "../jobs/job-runner.ts";
import type { JobRecord } from "../jobs/job-store.ts";
import type { Queue } from "../jobs/queue.ts";
import type { RetryPolicy } from "../jobs/retry-policy.ts";
import type { ModelGateway } from "../models/gateway/model-gateway.ts";
import { buildJudgeRequest, judgementSchema } from "../models/prompts/index.ts";
import type { Database } from "../storage/database.ts";
import { saveJudgement } from "./judgement-store.ts";

export const judgeJobType = "quality.judge";

const payloadSchema = z.object({ conversationId: z.uuid() });

/**
 * The `quality.judge` job: the judge task reads the transcript and scores it 1–5 with its reasons,
 * beside the deterministic score. Asked for per conversation (it costs a model call); a redelivery
 * judges again and replaces the verdict.
 */
export function createJudgeConversationJob(deps: { db: Database; gateway: ModelGateway; retry: RetryPolicy }): JobHandler {
  return {
    type: judgeJobType,
    concurrency: 2,
    callsModel: true,
    retry: deps.retry,
    async run(context) {
      const parsed = payloadSchema.safeParse(context.payload);
      if (!parsed.success) throw new PermanentJobError(`Invalid judge payload: ${parsed.error.message}`);
      const { conversationId } = parsed.data;
      const transcript = (await listMessages(deps.db, conversationId)).map((message) => ({ role: message.role, text: message.text }));
      if (!transcript.some((message) => message.role === "user")) return { skipped: "no customer message" };
      const verdict = await deps.gateway.generateObject("judge", judgementSchema, buildJudgeRequest(transcript), { conversationId, jobId: context.jobId, priority: "background" });
      await saveJudgement(deps.db, conversationId, { score: verdict.object.score, reasons: verdict.object.reasons, modelId: verdict.modelId });
      return { conversationId, score: verdict.object.score, modelId: verdict.modelId };
    },
  };
}

/**
 * Queues a judgement of the conversation as it stands: asking twice before anything new was said
 * answers the same job. Undefined when there is no such conversation.
 */
export async function requestJudgement(deps: { db: Database; queue: Queue; maxAttempts: number }, conversationId: string): Promise<JobRecord | undefined> {
  if (!(await findConversation(deps.db, conversationId))) return undefined;
  const latest = await deps.db.query<{ id: string }>("SELECT id FROM messages WHERE conversation_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1", [conversationId]);
  const { job } = await enqueueJob(deps.db, deps.queue, {
    type: judgeJobType,
    payload: { conversationId },
    idempotencyKey: `${judgeJobType}:${conversationId}:${latest.rows[0]?.id ?? "empty"}`,
    maxAttempts: deps.maxAttempts,
  });
  return job;
}
