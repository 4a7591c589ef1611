-- Analytics read messages, handoffs and thumbs by time range; these indexes keep every rollup a
-- range scan bounded by the dates asked for.
CREATE INDEX IF NOT EXISTS messages_created_idx ON messages (created_at);
CREATE INDEX IF NOT EXISTS handoffs_created_idx ON handoffs (created_at);
CREATE INDEX IF NOT EXISTS message_feedback_created_idx ON message_feedback (created_at);

-- The deterministic quality score of each conversation, with each rule's contribution, so that the
-- quality list and its trend are one indexed read. A row is recomputed when anything it was
-- computed from changed after `computed_at`.
CREATE TABLE conversation_quality (
  conversation_id uuid PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
  conversation_created_at timestamptz NOT NULL,
  score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
  rules jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_quality_created_idx ON conversation_quality (conversation_created_at);

-- The optional model-judged score (the judge task, 1–5 with its reasons), asked for per
-- conversation; the latest verdict replaces the earlier one.
CREATE TABLE conversation_judgements (
  conversation_id uuid PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  reasons jsonb NOT NULL,
  model_id text NOT NULL,
  judged_at timestamptz NOT NULL DEFAULT now()
);
