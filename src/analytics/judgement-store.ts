import type { Queryable } from "../storage/database.ts";

/** The judge task's verdict on a conversation. */
export interface StoredJudgement {
  score: number;
  reasons: string[];
  modelId: string;
  judgedAt: Date;
}

/** Stores the verdict; judging again replaces it. */
export async function saveJudgement(db: Queryable, conversationId: string, judgement: Omit<StoredJudgement, "judgedAt">): Promise<void> {
  await db.query(
    `INSERT INTO conversation_judgements (conversation_id, score, reasons, model_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (conversation_id) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, model_id = EXCLUDED.model_id, judged_at = now()`,
    [conversationId, judgement.score, JSON.stringify(judgement.reasons), judgement.modelId],
  );
}

/** The verdicts on the listed conversations, by conversation id. */
export async function findJudgements(db: Queryable, conversationIds: readonly string[]): Promise<Map<string, StoredJudgement>> {
  if (conversationIds.length === 0) return new Map();
  const result = await db.query<{ conversation_id: string; score: number; reasons: string[]; model_id: string; judged_at: Date }>(
    "SELECT conversation_id, score, reasons, model_id, judged_at FROM conversation_judgements WHERE conversation_id = ANY($1::uuid[])",
    [conversationIds],
  );
  return new Map(result.rows.map((row) => [row.conversation_id, { score: Number(row.score), reasons: row.reasons, modelId: row.model_id, judgedAt: new Date(row.judged_at) }]));
}
