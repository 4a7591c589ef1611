import type { Attachment } from "./attachments/attachment-store.ts";
import type { ConversationStatus, StoredMessage } from "./conversation-store.ts";
import type { ConversationNote } from "./note-store.ts";

/**
 * What happens in a conversation outside a turn: a person writes, the status changes, an agent
 * claims it or adds a note, someone is typing. Notes and claims are for the desk only; which
 * events a customer sees is decided where they are pushed (`customerPush`).
 */
export type ConversationPush =
  | { type: "agent.message"; message: StoredMessage }
  | { type: "customer.message"; message: StoredMessage }
  | { type: "conversation.status"; status: ConversationStatus }
  | { type: "handoff.claimed"; agent: string }
  | { type: "note.added"; note: ConversationNote }
  | { type: "typing"; from: "customer" | "agent"; name?: string }
  | { type: "attachment.status"; attachment: Attachment };

export type ConversationListener = (event: ConversationPush) => void;

export interface ConversationEventBus {
  /** Listens to one conversation; returns the function that stops listening. */
  subscribe(conversationId: string, listener: ConversationListener): () => void;
  /** Listens to every conversation (the agent desk); returns the function that stops listening. */
  subscribeAll(listener: (conversationId: string, event: ConversationPush) => void): () => void;
  publish(conversationId: string, event: ConversationPush): void;
}

/**
 * In-process fan-out per conversation, so an agent's reply reaches the customer's open socket on
 * this node. Several nodes need a shared channel (Redis) behind the same interface.
 */
export function createConversationEventBus(): ConversationEventBus {
  const listeners = new Map<string, Set<ConversationListener>>();
  const everything = new Set<(conversationId: string, event: ConversationPush) => void>();
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
    subscribeAll(listener) {
      everything.add(listener);
      return () => everything.delete(listener);
    },
    publish(conversationId, event) {
      for (const listener of listeners.get(conversationId) ?? []) listener(event);
      for (const listener of everything) listener(conversationId, event);
    },
  };
}
