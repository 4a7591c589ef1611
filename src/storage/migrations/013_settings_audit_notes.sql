-- Versioned settings documents (routing policy, budget, guardrail and escalation policies), the
-- audit log of administrative changes, agents' internal notes, and one-time WebSocket tickets for staff.

CREATE TABLE settings_versions (
  kind text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  body jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  comment text,
  PRIMARY KEY (kind, version)
);

CREATE TABLE audit_log (
  id uuid PRIMARY KEY,
  actor text NOT NULL,
  action text NOT NULL,
  target text,
  -- Summaries, not full copies: secrets and password hashes never land here.
  before jsonb,
  after jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC);

-- Agents' notes on a conversation: for the team only, never shown to the customer.
CREATE TABLE conversation_notes (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  author text NOT NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_notes_conversation_idx ON conversation_notes (conversation_id, created_at);

-- Like ws_tickets, for the desk's live channel: the ticket carries the member of staff who minted it.
CREATE TABLE staff_ws_tickets (
  ticket_hash text PRIMARY KEY,
  subject text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'admin')),
  expires_at timestamptz NOT NULL
);
