-- External tickets for handoffs, and the integrations' delivery records. A handoff keeps the
-- ticket it was mirrored to (or why that failed: the conversation then stays on the built-in desk).

ALTER TABLE handoffs ADD COLUMN ticket_system text;
ALTER TABLE handoffs ADD COLUMN ticket_id text;
ALTER TABLE handoffs ADD COLUMN ticket_url text;
ALTER TABLE handoffs ADD COLUMN ticket_status text;
ALTER TABLE handoffs ADD COLUMN ticket_error text;
CREATE INDEX handoffs_ticket_idx ON handoffs (ticket_system, ticket_id) WHERE ticket_id IS NOT NULL;

-- Ticket comments already delivered to the customer: a status webhook sent twice delivers once.
CREATE TABLE ticket_comments_received (
  ticket_system text NOT NULL,
  ticket_id text NOT NULL,
  comment_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ticket_system, ticket_id, comment_id)
);

-- One row per attempt to deliver a domain event to a configured webhook URL.
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  url text NOT NULL,
  attempt int NOT NULL,
  status_code int,
  error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_created_idx ON webhook_deliveries (created_at DESC);
