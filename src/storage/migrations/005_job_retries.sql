-- Deliveries that ended in model throttling: they do not count as attempts, but are capped on their own.
ALTER TABLE jobs ADD COLUMN throttled_deliveries integer NOT NULL DEFAULT 0;
-- The admin job list: newest first, filtered by status.
CREATE INDEX jobs_status_created_idx ON jobs (status, created_at DESC);
