import { findConversation, listMessages, type Conversation, type StoredMessage } from "../conversation/conversation-store.ts";
import { listGuardrailEvents, type GuardrailEvent } from "../conversation/guardrail-event-store.ts";
import type { Queryable } from "../storage/database.ts";
import { findJudgements, type StoredJudgement } from "./judgement-store.ts";
import { conversationQuality } from "./quality-store.ts";
import type { RuleContribution } from "./quality-rules.ts";

export interface ReviewedHandoff {
  id: string;
  reasons: Array<{ trigger: string; detail: string }>;
  status: string;
  agent: string | null;
  createdAt: Date;
  closedAt: Date | null;
}

/** Everything an admin reviewing one conversation needs: transcript with thumbs, rating, handoffs, guardrails, score. */
export interface ConversationReview {
  conversation: Conversation;
  messages: Array<StoredMessage & { feedback: "up" | "down" | null }>;
  csat: { rating: number; comment: string | null; updatedAt: Date } | null;
  handoffs: ReviewedHandoff[];
  guardrailEvents: GuardrailEvent[];
  quality: { score: number; rules: RuleContribution[] } | null;
  judgement: StoredJudgement | null;
}

// A review shows a conversation's whole guardrail history; a conversation rarely has more.
const guardrailEventLimit = 200;

/** The review of one conversation, or undefined when there is no such conversation. */
export async function reviewConversation(db: Queryable, conversationId: string): Promise<ConversationReview | undefined> {
  const conversation = await findConversation(db, conversationId);
  if (!conversation) return undefined;
  const messages = await listMessages(db, conversationId);
  const feedback = await db.query<{ message_id: string; value: "up" | "down" }>("SELECT message_id, value FROM message_feedback WHERE conversation_id = $1", [conversationId]);
  const thumbByMessage = new Map(feedback.rows.map((row) => [row.message_id, row.value]));
  const csat = await db.query<{ rating: number; comment: string | null; updated_at: Date }>("SELECT rating, comment, updated_at FROM csat WHERE conversation_id = $1", [conversationId]);
  const handoffs = await db.query<{ id: string; reasons: ReviewedHandoff["reasons"]; status: string; agent: string | null; created_at: Date; closed_at: Date | null }>(
    "SELECT id, reasons, status, agent, created_at, closed_at FROM handoffs WHERE conversation_id = $1 ORDER BY created_at",
    [conversationId],
  );
  const rating = csat.rows[0];
  return {
    conversation,
    messages: messages.map((message) => ({ ...message, feedback: thumbByMessage.get(message.id) ?? null })),
    csat: rating ? { rating: Number(rating.rating), comment: rating.comment, updatedAt: new Date(rating.updated_at) } : null,
    handoffs: handoffs.rows.map((row) => ({ id: row.id, reasons: row.reasons, status: row.status, agent: row.agent, createdAt: new Date(row.created_at), closedAt: row.closed_at && new Date(row.closed_at) })),
    guardrailEvents: (await listGuardrailEvents(db, { limit: guardrailEventLimit, conversationId })).reverse(),
    quality: (await conversationQuality(db, conversationId)) ?? null,
    judgement: (await findJudgements(db, [conversationId])).get(conversationId) ?? null,
  };
}
