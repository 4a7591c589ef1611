import { z } from "zod";
import { isLanguage } from "../../i18n/language.ts";
import type { DomainEvent, Events } from "../../jobs/events.ts";
import { PermanentJobError, type JobHandler } from "../../jobs/job-runner.ts";
import type { RetryPolicy } from "../../jobs/retry-policy.ts";
import type { ModelGateway } from "../../models/gateway/model-gateway.ts";
import { buildSummarizeRequest } from "../../models/prompts/index.ts";
import type { Database } from "../../storage/database.ts";
import { findConversation, listMessages } from "../conversation-store.ts";
import { saveConversationSummary } from "./summary-store.ts";

export const summarizeJobType = "conversation.summarize";

const summarizedEvents = ["conversation.escalated", "conversation.resolved"] as const;

const payloadSchema = z.object({
  conversationId: z.uuid(),
  event: z.enum(summarizedEvents),
  handoffId: z.uuid().nullish(),
});

/**
 * The `conversation.summarize` job: a model-written handover note (the summarize task) stored on
 * the conversation and, for an escalation, in place of the handoff package's extractive summary.
 * A redelivery writes the same kind of note again over it; nothing accumulates.
 */
export function createSummarizeConversationJob(deps: { db: Database; gateway: ModelGateway; retry: RetryPolicy }): JobHandler {
  return {
    type: summarizeJobType,
    concurrency: 4,
    callsModel: true,
    retry: deps.retry,
    async run(context) {
      const parsed = payloadSchema.safeParse(context.payload);
      if (!parsed.success) throw new PermanentJobError(`Invalid summarize payload: ${parsed.error.message}`);
      const { conversationId, handoffId } = parsed.data;
      const conversation = await findConversation(deps.db, conversationId);
      if (!conversation) return { skipped: "conversation deleted" };
      const transcript = (await listMessages(deps.db, conversationId)).map((message) => ({ role: message.role, text: message.text }));
      if (!transcript.some((message) => message.role === "user")) return { skipped: "no customer message" };
      const language = isLanguage(conversation.language) ? conversation.language : "en";
      const generated = await deps.gateway.generateText("summarize", buildSummarizeRequest(transcript, language), {
        conversationId,
        jobId: context.jobId,
        priority: "background",
      });
      const summary = generated.text.trim();
      if (!summary) throw new Error("The model answered an empty summary");
      await saveConversationSummary(deps.db, { conversationId, handoffId: handoffId ?? undefined, summary });
      return { conversationId, handoffId: handoffId ?? null, modelId: generated.modelId, characters: summary.length };
    },
  };
}

/**
 * Queues a summary when a conversation is escalated or resolved. The key is the conversation and
 * the event, so the same event heard twice (a redelivered SNS message) makes one job.
 */
export function summarizeOnEscalationAndResolve(
  domainEvents: Events,
  enqueue: (request: { payload: Record<string, unknown>; idempotencyKey: string }) => Promise<unknown>,
): () => void {
  return domainEvents.subscribe("conversation-summaries", async (event: DomainEvent) => {
    if (!(summarizedEvents as readonly string[]).includes(event.type)) return;
    const conversationId = event.data.conversationId;
    if (typeof conversationId !== "string") return;
    await enqueue({
      payload: { conversationId, event: event.type, handoffId: typeof event.data.handoffId === "string" ? event.data.handoffId : null },
      idempotencyKey: `${summarizeJobType}:${conversationId}:${event.type}:${event.id}`,
    });
  });
}
