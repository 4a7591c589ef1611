import type { Queryable } from "../../storage/database.ts";
import type { DateRange } from "../date-range.ts";
import { normalizeQuestion } from "../../i18n/normalize-question.ts";
import { replyToQuestion, toNumber } from "./sql-fragments.ts";

export interface TopicCount {
  topic: string;
  questions: number;
  conversations: number;
  unanswered: number;
}

/**
 * What customers ask about: the classifier's topic (or intent) of each question when it recorded
 * one, else the category of the first document the answer cited, else "uncategorized".
 */
export async function topics(db: Queryable, range: DateRange, limit = 50): Promise<TopicCount[]> {
  const result = await db.query<{ topic: string; questions: number; conversations: number; unanswered: number }>(
    `SELECT coalesce(nullif(question.classification->>'topic', ''), nullif(question.classification->>'intent', ''), nullif(cited.category, ''), 'uncategorized') AS topic,
       count(*)::int AS questions, count(DISTINCT question.conversation_id)::int AS conversations,
       count(*) FILTER (WHERE reply.no_answer)::int AS unanswered
     FROM messages question
     ${replyToQuestion}
     LEFT JOIN documents cited ON cited.id::text = reply.citations->0->>'documentId'
     WHERE question.role = 'user' AND question.created_at >= $1 AND question.created_at < $2
     GROUP BY 1 ORDER BY questions DESC, topic LIMIT $3`,
    [range.start, range.end, limit],
  );
  return result.rows.map((row) => ({ topic: row.topic, questions: toNumber(row.questions) ?? 0, conversations: toNumber(row.conversations) ?? 0, unanswered: toNumber(row.unanswered) ?? 0 }));
}

export interface KnowledgeGap {
  question: string;
  asked: number;
  conversations: number;
  lastSeen: string;
  language: string | null;
  lastConversationId: string;
}

// The most recent unanswered questions grouped; older ones beyond this rarely change the top of the list.
const scannedQuestions = 5000;

/**
 * Knowledge gaps: customer questions whose answer said there was no answer (nothing relevant in the
 * knowledge base, or the model declined), grouped by their normalized text, most asked first.
 */
export async function knowledgeGaps(db: Queryable, range: DateRange, limit = 100): Promise<KnowledgeGap[]> {
  const result = await db.query<{ text: string; conversation_id: string; created_at: Date; language: string | null }>(
    `SELECT question.text, question.conversation_id, question.created_at, question.language
     FROM messages question
     ${replyToQuestion}
     WHERE question.role = 'user' AND question.created_at >= $1 AND question.created_at < $2 AND reply.no_answer
     ORDER BY question.created_at DESC LIMIT $3`,
    [range.start, range.end, scannedQuestions],
  );
  const groups = new Map<string, { gap: KnowledgeGap; conversations: Set<string> }>();
  // Newest first: the first row of a group is its latest wording and its last sighting.
  for (const row of result.rows) {
    const key = normalizeQuestion(row.text);
    if (!key) continue;
    const group = groups.get(key);
    if (group) {
      group.gap.asked++;
      group.conversations.add(row.conversation_id);
      continue;
    }
    const gap = { question: row.text.trim(), asked: 1, conversations: 0, lastSeen: new Date(row.created_at).toISOString(), language: row.language, lastConversationId: row.conversation_id };
    groups.set(key, { gap, conversations: new Set([row.conversation_id]) });
  }
  return [...groups.values()]
    .map(({ gap, conversations }) => ({ ...gap, conversations: conversations.size }))
    .sort((a, b) => b.asked - a.asked || b.lastSeen.localeCompare(a.lastSeen))
    .slice(0, limit);
}
