import { performance } from "node:perf_hooks";
import type { Queryable } from "../../storage/database.ts";
import { appendMessage } from "../conversation-store.ts";
import { isNoAnswer } from "../no-answer.ts";
import type { TurnStep } from "../turn-context.ts";

/** Step 10: stores the answer with model, usage, latency and citations, then ends the stream. */
export function persistAnswer(db: Queryable): TurnStep {
  return async (context) => {
    const conversation = { id: context.conversation.id, status: context.conversation.status };
    if (context.deliveredToAgent && context.userMessage) {
      context.emit({ type: "delivered", messageId: context.userMessage.id, conversation });
      return;
    }
    const answer = context.answer;
    const latencyMs = Math.round(performance.now() - context.receivedAt);
    if (!answer) return;
    if (answer.unstreamed) context.emit({ type: "delta", text: answer.unstreamed });
    if (context.citations.length) context.emit({ type: "citations", citations: context.citations });
    if (context.escalation) context.emit({ type: "escalated", reasons: context.escalation.reasons, position: context.escalation.position });
    if (answer.text || answer.status !== "failed") {
      context.assistantMessage = await appendMessage(db, {
        id: context.assistantMessageId,
        conversationId: context.conversation.id,
        role: "assistant",
        text: answer.text,
        language: context.language,
        model: answer.model,
        task: answer.task,
        usage: { inputTokens: answer.usage.inputTokens, outputTokens: answer.usage.outputTokens },
        latencyMs,
        firstTokenMs: answer.firstTokenMs === undefined ? undefined : Math.round(answer.firstTokenMs),
        modelStartedMs: answer.modelStartedMs === undefined ? undefined : Math.round(answer.modelStartedMs),
        citations: context.citations,
        status: answer.status,
        noAnswer: isNoAnswer(context),
      });
    }
    if (context.failure) {
      context.emit({ type: "error", error: { code: context.failure.code, message: context.failure.message, retryable: context.failure.retryable } });
      return;
    }
    context.emit({
      type: "done",
      message: {
        id: context.assistantMessageId,
        role: "assistant",
        text: answer.text,
        language: context.language,
        citations: context.citations,
        model: answer.model,
        usage: { inputTokens: answer.usage.inputTokens, outputTokens: answer.usage.outputTokens },
        latencyMs,
        status: answer.status,
      },
      conversation,
    });
  };
}
