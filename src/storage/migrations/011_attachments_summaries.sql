-- Files customers attach to a conversation, and what was read from them. The bytes live in the
-- blob store under blob_key; the row goes with its conversation (retention, erasure).
CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  filename text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  blob_key text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'extracted', 'failed')),
  -- How the text was read: the PDF's text layer, OCR of an image, or the file itself.
  text_source text CHECK (text_source IN ('pdf', 'ocr', 'text')),
  extracted_text text,
  fields jsonb,
  error text,
  job_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_conversation_idx ON attachments (conversation_id, created_at);

-- A model-written summary of the conversation (on escalation and on resolve); the handoff's
-- extractive summary stays in its package until this replaces it there too.
ALTER TABLE conversations ADD COLUMN summary text;
ALTER TABLE conversations ADD COLUMN summarized_at timestamptz;

-- The retention sweep looks for conversations idle since before the cutoff.
CREATE INDEX conversations_updated_idx ON conversations (updated_at);
