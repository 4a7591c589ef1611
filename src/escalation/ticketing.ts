import type { HandoffPackage } from "./build-handoff-package.ts";

/** What a ticketing system needs to open a ticket for a conversation handed to people. */
export interface TicketRequest {
  conversationId: string;
  handoffId: string;
  language: string;
  requester: { email?: string; name?: string };
  package: HandoffPackage;
}

/** A ticket in an external system: its id there and, when known, where an agent opens it. */
export interface TicketReference {
  ticketId: string;
  url?: string;
}

export type CommentAuthor = "customer" | "assistant" | "agent";

/** The ticketing port: where an escalated conversation is mirrored for the support team. */
export interface Ticketing {
  /** Name recorded on the handoff beside the ticket id (`zendesk`, …). */
  readonly system: string;
  /** Opens a ticket; null when the built-in desk keeps the conversation and nothing is sent out. */
  createTicket(request: TicketRequest): Promise<TicketReference | null>;
  /** Adds a later message of the conversation to its ticket. */
  addComment(ticketId: string, text: string, author: CommentAuthor): Promise<void>;
}

/** A call to a ticketing system failed; `status` is the HTTP status when there was an answer. */
export class TicketingError extends Error {
  override name = "TicketingError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The default: the built-in agent desk holds the conversation, and no external call is made. */
export const deskTicketing: Ticketing = {
  system: "desk",
  createTicket: async () => null,
  addComment: async () => {},
};
