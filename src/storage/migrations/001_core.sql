-- Core tables shared by PGlite and PostgreSQL. Vectors come in 002 so that a server without
-- pgvector can say so clearly.

CREATE TABLE documents (
  id uuid PRIMARY KEY,
  external_id text NOT NULL UNIQUE,
  title text NOT NULL,
  lang text,
  category text,
  region text,
  content_type text,
  source text NOT NULL,
  blob_key text,
  content_hash text,
  indexed_hash text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'ready', 'failed')),
  error text,
  chunk_count integer NOT NULL DEFAULT 0,
  embedding_model text,
  metadata jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_source_idx ON documents (source);

CREATE TABLE chunks (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  level text NOT NULL CHECK (level IN ('parent', 'child')),
  parent_id uuid REFERENCES chunks (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL,
  token_count integer NOT NULL,
  lang text,
  category text,
  region text,
  search_config text NOT NULL DEFAULT 'simple',
  tsv tsvector,
  embedding_model text,
  embedding_dims integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chunks_document_idx ON chunks (document_id);
CREATE INDEX chunks_parent_idx ON chunks (parent_id);
CREATE INDEX chunks_tsv_idx ON chunks USING gin (tsv);

CREATE TABLE conversations (
  id uuid PRIMARY KEY,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'escalated', 'resolved')),
  language text,
  channel text NOT NULL DEFAULT 'web',
  customer_id text,
  customer_email text,
  customer_name text,
  customer_tier text NOT NULL DEFAULT 'standard',
  customer_country text,
  metadata jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_customer_idx ON conversations (customer_id);
CREATE INDEX conversations_created_idx ON conversations (created_at);

CREATE TABLE messages (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('user', 'assistant', 'agent', 'system')),
  text text NOT NULL,
  language text,
  model text,
  input_tokens integer,
  output_tokens integer,
  latency_ms integer,
  first_token_ms integer,
  citations jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'complete' CHECK (status IN ('complete', 'incomplete', 'failed')),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX messages_conversation_idx ON messages (conversation_id, created_at);

CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'dead')),
  payload jsonb NOT NULL DEFAULT '{}',
  idempotency_key text UNIQUE,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  result jsonb,
  progress jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX jobs_status_idx ON jobs (status, type);

CREATE TABLE ws_tickets (
  ticket_hash text PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
