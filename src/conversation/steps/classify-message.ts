import { decideBeforeAnswer } from "../../escalation/decide-before-answer.ts";
import type { EscalationPolicy } from "../../escalation/escalation-policy.ts";
import type { EscalationReason } from "../../escalation/escalation-types.ts";
import { ModelError } from "../../models/model-port.ts";
import type { ModelGateway } from "../../models/gateway/model-gateway.ts";
import { buildClassifyRequest, classificationSchema, type Classification } from "../../models/prompts/index.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Queryable } from "../../storage/database.ts";
import { setMessageClassification } from "../conversation-store.ts";
import { beforeAnswerInput } from "../escalation-history.ts";
import { needsAnswer, type TurnStep } from "../turn-context.ts";

// Enough turns to resolve "it" and "that order"; few enough to keep the cheap call cheap.
const recentTurnCount = 4;
// A model's "escalate" alone hands over only when it is sure the customer asked for a person;
// anger and threats go through the policy's own thresholds with the model's sentiment.
const humanRequestConfidence = 0.8;

/**
 * Step 5: one cheap model call classifies the message — simple, complex or escalate, whether an
 * order is involved, intent and topic for analytics, and the customer's sentiment. The route picks
 * the answer tier; the model's sentiment replaces the lexicon's in step 4's checks, run again with
 * it. A failed classification does not fail the turn: the answer goes to the simple tier.
 */
export function classifyMessage(gateway: ModelGateway, policy: EscalationPolicy, db: Queryable, logger: Logger): TurnStep {
  return async (context) => {
    if (!needsAnswer(context)) return;
    const request = buildClassifyRequest(context.userText, {
      language: context.language,
      recentTurns: context.history.slice(-recentTurnCount),
    });
    let classification: Classification;
    try {
      const result = await gateway.generateObject("classify", classificationSchema, request, {
        conversationId: context.conversation.id,
        messageId: context.userMessageId,
        priority: "interactive",
      });
      classification = result.object;
    } catch (error) {
      const budgetSpent = error instanceof ModelError && error.code === "BudgetExhausted";
      logger[budgetSpent ? "debug" : "warn"]({ err: error, conversationId: context.conversation.id }, "message not classified; answering on the simple tier");
      return;
    }
    context.classification = classification;
    await setMessageClassification(db, context.userMessageId, classification);

    const decision = decideBeforeAnswer(beforeAnswerInput(context, policy, classification.sentiment));
    const reasons: EscalationReason[] = decision.escalate ? [...decision.reasons] : [];
    const askedForPerson = policy.humanRequest.enabled && classification.route === "escalate" && classification.intent === "human_request" && classification.confidence >= humanRequestConfidence;
    if (askedForPerson && !reasons.some((reason) => reason.trigger === "human_request")) {
      reasons.push({ trigger: "human_request", detail: `The customer asked for a person (classified with confidence ${classification.confidence.toFixed(2)}).` });
    }
    if (reasons.length) context.pendingEscalation = reasons;
  };
}
