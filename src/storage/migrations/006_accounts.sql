-- People (agents, admins), their login sessions, machine tokens and the sites that embed the widget.
-- Session ids and API tokens are stored as SHA-256 hashes: a copy of the database opens nothing.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  -- Stored lowercased, so that the unique constraint is case-insensitive.
  email text NOT NULL UNIQUE,
  name text,
  role text NOT NULL CHECK (role IN ('agent', 'admin')),
  password_hash text,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked boolean NOT NULL DEFAULT false
);

CREATE TABLE widget_sites (
  id text PRIMARY KEY,
  name text NOT NULL,
  allowed_origins jsonb NOT NULL DEFAULT '[]',
  -- Kept in clear: identity signatures are checked by recomputing the HMAC with it.
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Whether the customer's e-mail was vouched for (a signed identity or a trusted backend), and by which site.
ALTER TABLE conversations ADD COLUMN customer_email_verified boolean NOT NULL DEFAULT false;
ALTER TABLE conversations ADD COLUMN site_id text;
