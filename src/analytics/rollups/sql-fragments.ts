/** The UTC day of a timestamp column as YYYY-MM-DD, the key of every daily series. */
export const utcDay = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

/** An assistant message a model wrote (or the response cache served), as opposed to a fixed text such as a refusal. */
export const isModelAnswer = (alias: string) => `(${alias}.role = 'assistant' AND (${alias}.model IS NOT NULL OR ${alias}.response_cache IS NOT NULL))`;

/**
 * For customer messages aliased `question`: the message right after it in its conversation, as
 * `reply`, when that is the assistant's answer (a message an agent handled has none).
 */
export const replyToQuestion = `LEFT JOIN LATERAL (
    SELECT next.role, next.no_answer, next.citations FROM messages next
    WHERE next.conversation_id = question.conversation_id AND next.created_at > question.created_at
    ORDER BY next.created_at, next.id LIMIT 1
  ) reply ON reply.role = 'assistant'`;

/** Numbers from SQL (counts, numerics, percentiles) as JavaScript numbers; null stays null. */
export const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** Rounds for display-ready answers (rates, milliseconds, dollars) without losing the scale. */
export const roundTo = (value: number | null, digits: number): number | null => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
