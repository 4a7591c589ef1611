import { buildHandoffPackage } from "../../escalation/build-handoff-package.ts";
import { decideAfterAnswer } from "../../escalation/decide-after-answer.ts";
import type { EscalationPolicy } from "../../escalation/escalation-policy.ts";
import { scoreSentiment } from "../../escalation/score-sentiment.ts";
import { normalizeLanguage } from "../../i18n/language.ts";
import { text } from "../../i18n/texts.ts";
import type { Events } from "../../jobs/events.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Queryable } from "../../storage/database.ts";
import { setConversationStatus } from "../conversation-store.ts";
import { toHistoryTurns } from "../escalation-history.ts";
import { appendToReply } from "../fixed-reply.ts";
import { createHandoff } from "../handoff-store.ts";
import { isNoAnswer } from "../no-answer.ts";
import type { TurnStep } from "../turn-context.ts";
import type { TurnMetrics } from "../turn-metrics.ts";

/**
 * Step 9: adds the checks that need the turn's outcome (answers without an answer in a row, turns
 * without resolution, a guardrail block) to those of step 4; on any reason, opens a handoff with
 * the package an agent needs, marks the conversation escalated and tells the customer, in their
 * language, that a specialist is coming and where they are in the queue. Integrations (ticket,
 * webhooks) hear of it through `conversation.escalated`, published once the handoff is stored:
 * they run after the turn and cannot hold it up or break it.
 */
export function escalate(policy: EscalationPolicy, db: Queryable, logger: Logger, observers: { events: Events; metrics: TurnMetrics }): TurnStep {
  return async (context) => {
    if (context.deliveredToAgent || context.failure) return;
    const noAnswer = isNoAnswer(context);
    const after = decideAfterAnswer({
      policy,
      text: context.userText,
      language: context.language,
      history: toHistoryTurns(context.history),
      answer: context.answer ? { noAnswer } : undefined,
      guardrailBlocked: context.guardrailBlocked !== undefined,
    });
    const reasons = [...(context.pendingEscalation ?? []), ...after.reasons];
    if (reasons.length === 0) return;

    const language = normalizeLanguage(context.language) ?? "en";
    const now = new Date();
    const transcript = [
      ...context.history,
      { role: "user" as const, text: context.storedUserText ?? context.userText, createdAt: context.userMessage?.createdAt ?? now, sentiment: context.classification?.sentiment },
      ...(context.answer?.text ? [{ role: "assistant" as const, text: context.answer.text, createdAt: now }] : []),
    ];
    const order = context.verifiedOrders[0];
    const handoffPackage = buildHandoffPackage({
      reasons,
      transcript,
      // The classifier's judgement where a message had one; the lexicon scores the others.
      sentimentTrend: transcript
        .filter((message) => message.role === "user")
        .map((message) => message.sentiment ?? scoreSentiment(message.text, language).score),
      language,
      suggestedReply: noAnswer ? undefined : context.modelAnswer,
      kbArticles: [...context.citations, ...context.sources],
      order: order ? { ...order, email: context.conversation.customer.email ?? "" } : undefined,
    });
    const { handoff, position } = await createHandoff(db, { conversationId: context.conversation.id, reasons, package: handoffPackage });
    await setConversationStatus(db, context.conversation.id, "escalated");
    context.conversation.status = "escalated";
    for (const reason of reasons) observers.metrics.escalation(reason.trigger);
    observers.events.publish("conversation.escalated", {
      conversationId: context.conversation.id,
      handoffId: handoff.id,
      reasons: reasons.map((reason) => reason.trigger),
      position,
      language,
      summary: handoffPackage.summary,
    });
    context.escalation = { reasons, position };
    appendToReply(context, text("handoffQueued", language, { position }));
    logger.info({ conversationId: context.conversation.id, triggers: reasons.map((reason) => reason.trigger), position }, "conversation escalated");
  };
}
