-- What customers tell us about the help they got: one satisfaction rating per conversation (the
-- latest counts when a reopened conversation is rated again) and thumbs on single answers.
CREATE TABLE csat (
  conversation_id uuid PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX csat_created_idx ON csat (created_at);

CREATE TABLE message_feedback (
  message_id uuid PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  value text NOT NULL CHECK (value IN ('up', 'down')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_feedback_conversation_idx ON message_feedback (conversation_id);
