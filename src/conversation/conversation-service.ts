import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import { createConversation, findConversation, listMessages, type Conversation, type Customer, type StoredMessage } from "./conversation-store.ts";
import { createSerialLanes } from "./serial-lanes.ts";
import type { TurnContext, TurnStep } from "./turn-context.ts";
import type { TurnEventSink } from "./turn-events.ts";
import type { TurnMetrics } from "./turn-metrics.ts";
import { runTurn } from "./turn.ts";

/** The conversation use cases the transports (HTTP JSON, SSE, WebSocket, CLI) share. */
export function createConversationService(db: Queryable, steps: TurnStep[], logger: Logger, metrics?: TurnMetrics) {
  // One turn at a time per conversation on this node: a second message waits for the first answer,
  // so history and answers stay in order.
  const inTurn = createSerialLanes();
  return {
    start: (input: { customer: Customer; language?: string; channel?: string; siteId?: string }): Promise<Conversation> => createConversation(db, input),
    get: (id: string): Promise<Conversation | undefined> => findConversation(db, id),
    history: (id: string): Promise<StoredMessage[]> => listMessages(db, id),
    async reply(conversationId: string, text: string, emit: TurnEventSink, receivedAt?: number): Promise<TurnContext | undefined> {
      return inTurn(conversationId, async () => {
        const conversation = await findConversation(db, conversationId);
        if (!conversation) return undefined;
        return runTurn(steps, { conversation, text, emit, receivedAt }, logger, metrics);
      });
    },
  };
}

export type ConversationService = ReturnType<typeof createConversationService>;
