-- pgvector: one untyped column so that several embedding models (and dimensions) can coexist;
-- each (model, dims) pair gets its own partial HNSW index, created when that model is first used.
CREATE EXTENSION IF NOT EXISTS vector;
ALTER TABLE chunks ADD COLUMN embedding vector;
ALTER TABLE chunks ALTER COLUMN embedding SET STORAGE PLAIN;
