-- A counter that moves whenever the indexed knowledge base changes (a document ingested, replaced
-- or deleted, which always writes chunks). Cached answers carry it in their keys, so a change
-- retires them all at once, in every process. The update is transactional: readers see the new
-- version together with the new chunks, never before them.
CREATE TABLE knowledge_base_version (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO knowledge_base_version (version) VALUES (1);

CREATE FUNCTION bump_knowledge_base_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE knowledge_base_version SET version = version + 1, changed_at = now(); RETURN NULL; END $$;

-- Per statement, not per row: a document swap is three statements however many chunks it has.
CREATE TRIGGER chunks_change_knowledge_base_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON chunks
  FOR EACH STATEMENT EXECUTE FUNCTION bump_knowledge_base_version();
