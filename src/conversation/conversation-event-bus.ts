import type { ConversationStatus, StoredMessage } from "./conversation-store.ts";

/** What happens in a conversation outside a turn: a person writes, the status changes. */
export type ConversationPush =
  | { type: "agent.message"; message: StoredMessage }
  | { type: "customer.message"; message: StoredMessage }
  | { type: "conversation.status"; status: ConversationStatus };

export type ConversationListener = (event: ConversationPush) => void;

export interface ConversationEventBus {
  /** Listens to one conversation; returns the function that stops listening. */
  subscribe(conversationId: string, listener: ConversationListener): () => void;
  publish(conversationId: string, event: ConversationPush): void;
}

/**
 * In-process fan-out per conversation, so an agent's reply reaches the customer's open socket on
 * this node. Several nodes need a shared channel (Redis) behind the same interface.
 */
export function createConversationEventBus(): ConversationEventBus {
  const listeners = new Map<string, Set<ConversationListener>>();
  return {
    subscribe(conversationId, listener) {
      let set = listeners.get(conversationId);
      if (!set) listeners.set(conversationId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(conversationId);
      };
    },
    publish(conversationId, event) {
      for (const listener of listeners.get(conversationId) ?? []) listener(event);
    },
  };
}
