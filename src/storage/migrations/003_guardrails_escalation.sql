-- Guardrail interventions and handoffs to people. A guardrail event records what was found and
-- what was done, never the matched text: the raw value of a blocked entity must not be stored.

CREATE TABLE guardrail_events (
  id uuid PRIMARY KEY,
  conversation_id uuid REFERENCES conversations (id) ON DELETE CASCADE,
  message_id uuid,
  source text NOT NULL CHECK (source IN ('INPUT', 'OUTPUT')),
  policy text NOT NULL,
  categories jsonb NOT NULL DEFAULT '[]',
  types jsonb NOT NULL DEFAULT '[]',
  action text NOT NULL CHECK (action IN ('ANONYMIZED', 'BLOCKED')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guardrail_events_created_idx ON guardrail_events (created_at DESC);
CREATE INDEX guardrail_events_conversation_idx ON guardrail_events (conversation_id, created_at);

CREATE TABLE handoffs (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  reasons jsonb NOT NULL DEFAULT '[]',
  package jsonb NOT NULL,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'claimed', 'resolved', 'released')),
  agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  claimed_at timestamptz,
  closed_at timestamptz
);
CREATE INDEX handoffs_open_idx ON handoffs (status, created_at);
CREATE INDEX handoffs_conversation_idx ON handoffs (conversation_id, created_at);

-- Escalation counts answers in a row that had nothing to say (low confidence).
ALTER TABLE messages ADD COLUMN no_answer boolean NOT NULL DEFAULT false;
