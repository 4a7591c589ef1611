import type { Queryable } from "../storage/database.ts";
import { daysOf, type DateRange } from "./date-range.ts";
import { findJudgements, type StoredJudgement } from "./judgement-store.ts";
import { scoreConversation, type ConversationFacts, type RuleContribution } from "./quality-rules.ts";
import { isModelAnswer, roundTo, toNumber, utcDay } from "./rollups/sql-fragments.ts";

// Conversations scored per statement: bounds the size of one refresh query and its parameters.
const refreshBatch = 500;

interface FactsRow {
  id: string;
  created_at: Date;
  read_at: Date;
  model_answers: number;
  cited_answers: number;
  declined_answers: number;
  median_response_ms: number | null;
  guardrail_blocks: number;
  escalated: boolean;
  csat: number | null;
  thumbs_up: number;
  thumbs_down: number;
}

const factsSql = `SELECT c.id, c.created_at, clock_timestamp() AS read_at,
    answers.model_answers, answers.cited_answers, answers.declined_answers, answers.median_response_ms,
    (SELECT count(*)::int FROM guardrail_events g WHERE g.conversation_id = c.id AND g.action = 'BLOCKED') AS guardrail_blocks,
    EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id) AS escalated,
    (SELECT s.rating::int FROM csat s WHERE s.conversation_id = c.id) AS csat,
    (SELECT count(*)::int FROM message_feedback f WHERE f.conversation_id = c.id AND f.value = 'up') AS thumbs_up,
    (SELECT count(*)::int FROM message_feedback f WHERE f.conversation_id = c.id AND f.value = 'down') AS thumbs_down
  FROM conversations c
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS model_answers,
      count(*) FILTER (WHERE jsonb_array_length(m.citations) > 0)::int AS cited_answers,
      count(*) FILTER (WHERE m.no_answer)::int AS declined_answers,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY coalesce(m.first_token_ms, m.latency_ms)) AS median_response_ms
    FROM messages m WHERE m.conversation_id = c.id AND ${isModelAnswer("m")} AND m.status = 'complete'
  ) answers
  WHERE c.id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM messages u WHERE u.conversation_id = c.id AND u.role = 'user')`;

/** The facts of a conversation row, as the pure scoring rules read them. */
const toFacts = (row: FactsRow): ConversationFacts => ({
  modelAnswers: toNumber(row.model_answers) ?? 0,
  citedAnswers: toNumber(row.cited_answers) ?? 0,
  declinedAnswers: toNumber(row.declined_answers) ?? 0,
  guardrailBlocks: toNumber(row.guardrail_blocks) ?? 0,
  escalated: row.escalated === true,
  csat: toNumber(row.csat),
  thumbsUp: toNumber(row.thumbs_up) ?? 0,
  thumbsDown: toNumber(row.thumbs_down) ?? 0,
  medianResponseMs: toNumber(row.median_response_ms),
});

/**
 * Conversations of the range (with at least one customer message) whose stored score is missing
 * or older than something it was computed from: a message, a status change, a rating, a thumb, a
 * guardrail event or a handoff.
 */
const staleSql = `WITH started AS (
    SELECT id, created_at, updated_at FROM conversations WHERE created_at >= $1 AND created_at < $2
  ),
  changed AS (
    SELECT conversation_id, max(changed_at) AS changed_at FROM (
      SELECT id AS conversation_id, updated_at AS changed_at FROM started
      UNION ALL SELECT s.conversation_id, s.updated_at FROM csat s JOIN started ON started.id = s.conversation_id
      UNION ALL SELECT f.conversation_id, f.updated_at FROM message_feedback f JOIN started ON started.id = f.conversation_id
      UNION ALL SELECT g.conversation_id, g.created_at FROM guardrail_events g JOIN started ON started.id = g.conversation_id
      UNION ALL SELECT h.conversation_id, greatest(h.created_at, h.claimed_at, h.closed_at) FROM handoffs h JOIN started ON started.id = h.conversation_id
    ) changes GROUP BY conversation_id
  )
  SELECT started.id FROM started
  JOIN changed ON changed.conversation_id = started.id
  LEFT JOIN conversation_quality q ON q.conversation_id = started.id
  WHERE (q.conversation_id IS NULL OR changed.changed_at > q.computed_at)
    AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = started.id AND m.role = 'user')
  ORDER BY started.created_at LIMIT $3`;

/** Scores the listed conversations and stores each score with its rules' contributions. */
export async function scoreConversations(db: Queryable, conversationIds: readonly string[]): Promise<void> {
  if (conversationIds.length === 0) return;
  const facts = await db.query<FactsRow>(factsSql, [conversationIds]);
  const scored = facts.rows.map((row) => {
    const { score, rules } = scoreConversation(toFacts(row));
    // The time the facts were read, not the write: a change landing in between marks the row stale again.
    return { conversation_id: row.id, conversation_created_at: row.created_at, score, rules, computed_at: row.read_at };
  });
  await db.query(
    `INSERT INTO conversation_quality (conversation_id, conversation_created_at, score, rules, computed_at)
     SELECT conversation_id, conversation_created_at, score, rules, computed_at
     FROM jsonb_to_recordset($1::jsonb) AS scored(conversation_id uuid, conversation_created_at timestamptz, score smallint, rules jsonb, computed_at timestamptz)
     ON CONFLICT (conversation_id) DO UPDATE SET score = EXCLUDED.score, rules = EXCLUDED.rules, computed_at = EXCLUDED.computed_at`,
    [JSON.stringify(scored)],
  );
}

/** Brings the stored scores of the range up to date; answers how many were (re)computed. */
export async function refreshQualityScores(db: Queryable, range: DateRange): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const stale = await db.query<{ id: string }>(staleSql, [range.start, range.end, refreshBatch]);
    await scoreConversations(db, stale.rows.map((row) => row.id));
    refreshed += stale.rows.length;
    if (stale.rows.length < refreshBatch) return refreshed;
  }
}

export interface ConversationQuality {
  conversationId: string;
  startedAt: string;
  status: string;
  language: string | null;
  firstQuestion: string | null;
  score: number;
  rules: RuleContribution[];
  /** The model judge's verdict (1–5), when one was asked for. */
  judgement: StoredJudgement | null;
}

export interface QualityDay {
  day: string;
  conversations: number;
  averageScore: number | null;
  judged: number;
  /** Average judge score (1–5) of the day's judged conversations. */
  averageJudgeScore: number | null;
}

export interface QualityReport {
  averageScore: number | null;
  conversations: number;
  /** Conversations scoring under 60: the ones worth a look. */
  lowScoring: number;
  judged: number;
  averageJudgeScore: number | null;
  trend: QualityDay[];
  /** Lowest scores first, then newest. */
  list: ConversationQuality[];
}

const lowScoreThreshold = 60;

/** The scores of the range (refreshed first): the per-conversation list, worst first, and the daily trend. */
export async function qualityReport(db: Queryable, range: DateRange, options: { limit: number }): Promise<QualityReport> {
  await refreshQualityScores(db, range);
  const totals = await db.query<{ conversations: number; average: number | null; low: number }>(
    `SELECT count(*)::int AS conversations, avg(score)::float8 AS average, count(*) FILTER (WHERE score < $3)::int AS low
     FROM conversation_quality WHERE conversation_created_at >= $1 AND conversation_created_at < $2`,
    [range.start, range.end, lowScoreThreshold],
  );
  const daily = await db.query<{ day: string; conversations: number; average: number }>(
    `SELECT ${utcDay("conversation_created_at")} AS day, count(*)::int AS conversations, avg(score)::float8 AS average
     FROM conversation_quality WHERE conversation_created_at >= $1 AND conversation_created_at < $2 GROUP BY 1`,
    [range.start, range.end],
  );
  const list = await db.query<{ conversation_id: string; conversation_created_at: Date; status: string; language: string | null; first_question: string | null; score: number; rules: RuleContribution[] }>(
    `SELECT q.conversation_id, q.conversation_created_at, c.status, c.language, q.score, q.rules,
       (SELECT m.text FROM messages m WHERE m.conversation_id = q.conversation_id AND m.role = 'user' ORDER BY m.created_at, m.id LIMIT 1) AS first_question
     FROM conversation_quality q JOIN conversations c ON c.id = q.conversation_id
     WHERE q.conversation_created_at >= $1 AND q.conversation_created_at < $2
     ORDER BY q.score, q.conversation_created_at DESC LIMIT $3`,
    [range.start, range.end, options.limit],
  );
  const judged = await db.query<{ day: string | null; judged: number; average: number }>(
    `SELECT ${utcDay("c.created_at")} AS day, count(*)::int AS judged, avg(j.score)::float8 AS average
     FROM conversation_judgements j JOIN conversations c ON c.id = j.conversation_id
     WHERE c.created_at >= $1 AND c.created_at < $2 GROUP BY GROUPING SETS ((1), ())`,
    [range.start, range.end],
  );
  const judgements = await findJudgements(db, list.rows.map((row) => row.conversation_id));
  const byDay = new Map(daily.rows.map((row) => [row.day, row]));
  const judgedByDay = new Map(judged.rows.filter((row) => row.day !== null).map((row) => [row.day!, row]));
  const judgedTotal = judged.rows.find((row) => row.day === null);
  const total = totals.rows[0];
  return {
    averageScore: roundTo(toNumber(total?.average), 1),
    conversations: toNumber(total?.conversations) ?? 0,
    lowScoring: toNumber(total?.low) ?? 0,
    judged: toNumber(judgedTotal?.judged) ?? 0,
    averageJudgeScore: roundTo(toNumber(judgedTotal?.average), 2),
    trend: daysOf(range).map((day) => {
      const row = byDay.get(day);
      const judgedRow = judgedByDay.get(day);
      return {
        day,
        conversations: toNumber(row?.conversations) ?? 0,
        averageScore: row ? roundTo(toNumber(row.average), 1) : null,
        judged: toNumber(judgedRow?.judged) ?? 0,
        averageJudgeScore: judgedRow ? roundTo(toNumber(judgedRow.average), 2) : null,
      };
    }),
    list: list.rows.map((row) => ({
      conversationId: row.conversation_id,
      startedAt: new Date(row.conversation_created_at).toISOString(),
      status: row.status,
      language: row.language,
      firstQuestion: row.first_question,
      score: Number(row.score),
      rules: row.rules,
      judgement: judgements.get(row.conversation_id) ?? null,
    })),
  };
}

/** The stored score of one conversation, refreshed first; undefined when it has no customer message. */
export async function conversationQuality(db: Queryable, conversationId: string): Promise<{ score: number; rules: RuleContribution[] } | undefined> {
  await scoreConversations(db, [conversationId]);
  const result = await db.query<{ score: number; rules: RuleContribution[] }>("SELECT score, rules FROM conversation_quality WHERE conversation_id = $1", [conversationId]);
  return result.rows[0] ? { score: Number(result.rows[0].score), rules: result.rows[0].rules } : undefined;
}
