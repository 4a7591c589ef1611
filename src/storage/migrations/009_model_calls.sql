-- One row per model call attempt, whatever the task: the gateway's meter. Usage and cost roll up
-- from here per message, conversation, day, model and task.
CREATE TABLE model_calls (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  task text NOT NULL,
  model_id text NOT NULL,
  region text NOT NULL,
  attempt integer NOT NULL,
  conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
  message_id uuid,
  job_id uuid,
  input_tokens integer NOT NULL DEFAULT 0,
  output_tokens integer NOT NULL DEFAULT 0,
  cache_read_tokens integer NOT NULL DEFAULT 0,
  cache_write_tokens integer NOT NULL DEFAULT 0,
  first_token_ms integer,
  latency_ms integer NOT NULL,
  outcome text NOT NULL,
  error_code text,
  cost_usd numeric(14, 8) NOT NULL DEFAULT 0
);
CREATE INDEX model_calls_created_idx ON model_calls (created_at);
CREATE INDEX model_calls_conversation_idx ON model_calls (conversation_id);

-- Per answer: which task answered it and whether it came from the response cache. Its tokens and
-- cost are the model_calls rows carrying its message_id.
ALTER TABLE messages ADD COLUMN task text;
ALTER TABLE messages ADD COLUMN response_cache text CHECK (response_cache IN ('exact', 'semantic'));
-- The step-5 classification of a customer message (route, needs_order, intent, topic, confidence).
ALTER TABLE messages ADD COLUMN classification jsonb;
