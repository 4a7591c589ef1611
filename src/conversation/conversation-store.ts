import { randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";

export type ConversationStatus = "active" | "escalated" | "resolved";

export interface Customer {
  id?: string;
  email?: string;
  /** The e-mail was vouched for (a host site's signed identity, or a trusted backend), not just typed in. */
  emailVerified?: boolean;
  name?: string;
  tier: "standard" | "premium";
  country?: string;
}

export interface Conversation {
  id: string;
  status: ConversationStatus;
  language: string | null;
  channel: string;
  customer: Customer;
  createdAt: Date;
  updatedAt: Date;
}

export interface Citation {
  index: number;
  documentId: string;
  externalId: string;
  title: string;
  chunkId: string;
  score: number;
  url: string;
}

export type MessageRole = "user" | "assistant" | "agent" | "system";

export interface StoredMessage {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  language: string | null;
  model: string | null;
  usage: { inputTokens: number; outputTokens: number } | null;
  latencyMs: number | null;
  firstTokenMs: number | null;
  /** When the model call for this answer started, in ms after the customer's message arrived. */
  modelStartedMs: number | null;
  citations: Citation[];
  status: "complete" | "incomplete" | "failed";
  /** An assistant message that had no answer (nothing relevant in the knowledge base, no tool). */
  noAnswer: boolean;
  /** A customer message's sentiment in -1..1 as the classifier judged it when it arrived. */
  sentiment?: number;
  createdAt: Date;
}

interface ConversationRow {
  id: string;
  status: ConversationStatus;
  language: string | null;
  channel: string;
  customer_id: string | null;
  customer_email: string | null;
  customer_email_verified: boolean | null;
  customer_name: string | null;
  customer_tier: "standard" | "premium";
  customer_country: string | null;
  created_at: Date;
  updated_at: Date;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  role: MessageRole;
  text: string;
  language: string | null;
  model: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number | null;
  first_token_ms: number | null;
  model_started_ms: number | null;
  citations: Citation[];
  status: StoredMessage["status"];
  no_answer: boolean | null;
  classification: { sentiment?: number } | null;
  created_at: Date;
}

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  status: row.status,
  language: row.language,
  channel: row.channel,
  customer: {
    id: row.customer_id ?? undefined,
    email: row.customer_email ?? undefined,
    emailVerified: row.customer_email_verified === true,
    name: row.customer_name ?? undefined,
    tier: row.customer_tier,
    country: row.customer_country ?? undefined,
  },
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  conversationId: row.conversation_id,
  role: row.role,
  text: row.text,
  language: row.language,
  model: row.model,
  usage: row.input_tokens === null ? null : { inputTokens: row.input_tokens, outputTokens: row.output_tokens ?? 0 },
  latencyMs: row.latency_ms,
  firstTokenMs: row.first_token_ms,
  modelStartedMs: row.model_started_ms,
  citations: row.citations ?? [],
  status: row.status,
  noAnswer: row.no_answer === true,
  ...(typeof row.classification?.sentiment === "number" ? { sentiment: row.classification.sentiment } : {}),
  createdAt: row.created_at,
});

/** Starts a conversation. */
export async function createConversation(
  db: Queryable,
  input: { customer: Customer; language?: string; channel?: string; siteId?: string },
): Promise<Conversation> {
  const result = await db.query<ConversationRow>(
    `INSERT INTO conversations (id, language, channel, customer_id, customer_email, customer_name, customer_tier, customer_country, customer_email_verified, site_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [
      randomUUID(),
      input.language ?? null,
      input.channel ?? "web",
      input.customer.id ?? null,
      input.customer.email ?? null,
      input.customer.name ?? null,
      input.customer.tier,
      input.customer.country ?? null,
      Boolean(input.customer.email && input.customer.emailVerified),
      input.siteId ?? null,
    ],
  );
  return toConversation(result.rows[0]);
}

/** One conversation by id. */
export async function findConversation(db: Queryable, id: string): Promise<Conversation | undefined> {
  const result = await db.query<ConversationRow>("SELECT * FROM conversations WHERE id = $1", [id]);
  return result.rows[0] ? toConversation(result.rows[0]) : undefined;
}

/** Records the conversation's language once it is known or the customer switches. */
export async function setConversationLanguage(db: Queryable, id: string, language: string): Promise<void> {
  await db.query("UPDATE conversations SET language = $2, updated_at = now() WHERE id = $1", [id, language]);
}

/** Moves a conversation through active → escalated → resolved (or back to active). */
export async function setConversationStatus(db: Queryable, id: string, status: ConversationStatus): Promise<void> {
  await db.query("UPDATE conversations SET status = $2, updated_at = now() WHERE id = $1", [id, status]);
}

/** All messages of a conversation, oldest first. */
export async function listMessages(db: Queryable, conversationId: string): Promise<StoredMessage[]> {
  const result = await db.query<MessageRow>("SELECT * FROM messages WHERE conversation_id = $1 ORDER BY created_at, id", [conversationId]);
  return result.rows.map(toMessage);
}

/** Records the step-5 classification on the customer's message (analytics read intent and topic). */
export async function setMessageClassification(db: Queryable, messageId: string, classification: object): Promise<void> {
  await db.query("UPDATE messages SET classification = $2 WHERE id = $1", [messageId, JSON.stringify(classification)]);
}

/** Appends one message. */
export async function appendMessage(
  db: Queryable,
  message: Omit<StoredMessage, "id" | "createdAt" | "usage" | "latencyMs" | "firstTokenMs" | "modelStartedMs" | "model" | "citations" | "status" | "noAnswer" | "sentiment"> &
    Partial<Pick<StoredMessage, "id" | "usage" | "latencyMs" | "firstTokenMs" | "modelStartedMs" | "model" | "citations" | "status" | "noAnswer">> & {
      /** The gateway task that wrote an assistant message. */
      task?: string;
    },
): Promise<StoredMessage> {
  // One statement for the message and the conversation's touch: on PGlite every round trip waits its turn.
  const result = await db.query<MessageRow>(
    `WITH touched AS (UPDATE conversations SET updated_at = now() WHERE id = $2)
     INSERT INTO messages (id, conversation_id, role, text, language, model, input_tokens, output_tokens, latency_ms, first_token_ms, citations, status, no_answer, model_started_ms, task)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *`,
    [
      message.id ?? randomUUID(),
      message.conversationId,
      message.role,
      message.text,
      message.language,
      message.model ?? null,
      message.usage?.inputTokens ?? null,
      message.usage?.outputTokens ?? null,
      message.latencyMs ?? null,
      message.firstTokenMs ?? null,
      JSON.stringify(message.citations ?? []),
      message.status ?? "complete",
      message.noAnswer ?? false,
      message.modelStartedMs ?? null,
      message.task ?? null,
    ],
  );
  return toMessage(result.rows[0]);
}
