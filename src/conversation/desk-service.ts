import type { Events } from "../jobs/events.ts";
import type { Queryable } from "../storage/database.ts";
import type { ConversationEventBus } from "./conversation-event-bus.ts";
import { appendMessage, findConversation, listMessages, setConversationStatus, type Conversation, type StoredMessage } from "./conversation-store.ts";
import { findOpenHandoff, listOpenHandoffs, updateHandoff, type Handoff } from "./handoff-store.ts";
import { addNote, listNotes, type ConversationNote } from "./note-store.ts";

/** Why a desk action cannot happen; the transport maps it to its own error. */
export class DeskError extends Error {
  override name = "DeskError";
  constructor(
    readonly code: "not_found" | "not_escalated",
    message: string,
  ) {
    super(message);
  }
}

/**
 * The agent desk: the queue of escalated conversations, taking one over, writing to the customer
 * (live, through the conversation's event bus), notes for the team, and closing it (resolved) or
 * handing it back to the assistant (released). A resolution is also published as `conversation.resolved`.
 */
export function createDeskService(db: Queryable, events: ConversationEventBus, domainEvents: Events) {
  const find = async (conversationId: string): Promise<{ conversation: Conversation; handoff: Handoff | undefined }> => {
    const conversation = await findConversation(db, conversationId);
    if (!conversation) throw new DeskError("not_found", "Conversation not found");
    return { conversation, handoff: conversation.status === "escalated" ? await findOpenHandoff(db, conversationId) : undefined };
  };
  const open = async (conversationId: string): Promise<{ conversation: Conversation; handoff: Handoff }> => {
    const { conversation, handoff } = await find(conversationId);
    if (!handoff) throw new DeskError("not_escalated", "The conversation is not waiting for or held by a person");
    return { conversation, handoff };
  };
  // Releasing needs a handoff to give back; an agent may resolve any conversation, held or not.
  const close = async (conversationId: string, status: "resolved" | "released", by: string): Promise<Conversation> => {
    const { conversation, handoff } = status === "released" ? await open(conversationId) : await find(conversationId);
    const conversationStatus = status === "resolved" ? "resolved" : "active";
    if (handoff) await updateHandoff(db, handoff.id, status);
    await setConversationStatus(db, conversationId, conversationStatus);
    events.publish(conversationId, { type: "conversation.status", status: conversationStatus });
    if (status === "resolved") domainEvents.publish("conversation.resolved", { conversationId, handoffId: handoff?.id ?? null, resolvedBy: by });
    return { ...conversation, status: conversationStatus };
  };

  return {
    queue: (limit = 100): Promise<Handoff[]> => listOpenHandoffs(db, limit),
    async get(conversationId: string): Promise<{ conversation: Conversation; handoff: Handoff | undefined; messages: StoredMessage[]; notes: ConversationNote[] }> {
      return { ...(await find(conversationId)), messages: await listMessages(db, conversationId), notes: await listNotes(db, conversationId) };
    },
    async claim(conversationId: string, agent: string): Promise<Handoff> {
      const { handoff } = await open(conversationId);
      await updateHandoff(db, handoff.id, "claimed", agent);
      events.publish(conversationId, { type: "handoff.claimed", agent });
      return { ...handoff, status: "claimed", agent };
    },
    /** Adds an internal note; the desk sees it live, the customer never. */
    async addNote(conversationId: string, author: string, text: string): Promise<ConversationNote> {
      await find(conversationId);
      const note = await addNote(db, { conversationId, author, text });
      events.publish(conversationId, { type: "note.added", note });
      return note;
    },
    async send(conversationId: string, text: string): Promise<StoredMessage> {
      const { conversation } = await open(conversationId);
      const message = await appendMessage(db, { conversationId, role: "agent", text, language: conversation.language });
      events.publish(conversationId, { type: "agent.message", message });
      return message;
    },
    /** `by` says where the resolution came from: the desk (`agent`) or an external ticket (`ticket`). */
    resolve: (conversationId: string, by = "agent") => close(conversationId, "resolved", by),
    release: (conversationId: string) => close(conversationId, "released", "agent"),
  };
}

export type DeskService = ReturnType<typeof createDeskService>;
