import { decideBeforeAnswer } from "../../escalation/decide-before-answer.ts";
import type { EscalationPolicy } from "../../escalation/escalation-policy.ts";
import type { Events } from "../../jobs/events.ts";
import type { Queryable } from "../../storage/database.ts";
import type { ConversationEventBus } from "../conversation-event-bus.ts";
import { setConversationStatus } from "../conversation-store.ts";
import { beforeAnswerInput } from "../escalation-history.ts";
import type { TurnStep } from "../turn-context.ts";

/**
 * Step 4: a conversation a person holds (or waits for) goes to that person, and the assistant
 * stays silent; otherwise the checks that need only the message (a request for a person, a legal
 * threat, sentiment, a large or premium refund) may hand it over before any model is asked.
 */
export function routeToHuman(policy: EscalationPolicy, db: Queryable, events: ConversationEventBus, domainEvents: Events): TurnStep {
  return async (context) => {
    if (context.conversation.status === "escalated") {
      if (context.userMessage) {
        events.publish(context.conversation.id, { type: "customer.message", message: context.userMessage });
        // A ticket mirroring the handoff gets the message as a comment.
        domainEvents.publish("conversation.customer_message", { conversationId: context.conversation.id, messageId: context.userMessage.id, text: context.userMessage.text });
      }
      context.deliveredToAgent = true;
      return;
    }
    if (context.conversation.status === "resolved") {
      // A customer writing again after a resolution reopens the conversation with the assistant.
      await setConversationStatus(db, context.conversation.id, "active");
      context.conversation.status = "active";
    }
    // Also on a blocked message (its stored, redacted text): a legal threat the guardrail refused
    // to discuss is still a legal threat, and the agent should see it named.
    const decision = decideBeforeAnswer(beforeAnswerInput(context, policy));
    if (decision.escalate) context.pendingEscalation = decision.reasons;
  };
}
