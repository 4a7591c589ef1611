-- Webhook endpoints an admin registers (or the environment configures): each domain event of a
-- listed type becomes one queued delivery job per endpoint. The secret signs bodies with
-- HMAC-SHA256, so it is kept as given, not hashed.
CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY,
  url text NOT NULL,
  events text[] NOT NULL,
  secret text NOT NULL,
  source text NOT NULL DEFAULT 'admin' CHECK (source IN ('admin', 'environment')),
  created_at timestamptz NOT NULL DEFAULT now()
);
-- The environment's endpoints are kept in step with the configuration by URL.
CREATE UNIQUE INDEX webhook_endpoints_environment_url_idx ON webhook_endpoints (url) WHERE source = 'environment';

-- Each attempt now belongs to an endpoint and a delivery job, and records how long it took.
ALTER TABLE webhook_deliveries ADD COLUMN endpoint_id uuid;
ALTER TABLE webhook_deliveries ADD COLUMN job_id uuid;
ALTER TABLE webhook_deliveries ADD COLUMN duration_ms integer;
CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id, endpoint_id);
