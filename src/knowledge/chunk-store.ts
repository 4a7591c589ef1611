import { randomUUID } from "node:crypto";
import type { Database } from "../storage/database.ts";
import { searchConfigFor, toSearchText } from "./search-text.ts";

export interface IndexedChild {
  text: string;
  tokenCount: number;
  embedding?: number[];
}

export interface IndexedParent {
  text: string;
  tokenCount: number;
  children: IndexedChild[];
}

export interface IndexedDocument {
  documentId: string;
  contentHash: string;
  title: string;
  lang: string | null;
  category: string | null;
  region: string | null;
  metadata: Record<string, string>;
  parents: IndexedParent[];
  embedding?: { model: string; dims: number };
}

interface ChunkRows {
  id: string[];
  parentId: (string | null)[];
  level: string[];
  position: number[];
  text: string[];
  tokenCount: number[];
  searchText: string[];
  embedding: (string | null)[];
}

/**
 * Replaces a document's chunks and marks it ready, in one transaction: readers see the old
 * version or the new one, never a mix.
 */
export async function replaceDocumentChunks(db: Database, indexed: IndexedDocument, options: { vectors: boolean }): Promise<number> {
  const rows: ChunkRows = { id: [], parentId: [], level: [], position: [], text: [], tokenCount: [], searchText: [], embedding: [] };
  const push = (id: string, parentId: string | null, level: string, position: number, text: string, tokenCount: number, embedding?: number[]) => {
    rows.id.push(id);
    rows.parentId.push(parentId);
    rows.level.push(level);
    rows.position.push(position);
    rows.text.push(text);
    rows.tokenCount.push(tokenCount);
    rows.searchText.push(toSearchText(text));
    rows.embedding.push(embedding ? `[${embedding.join(",")}]` : null);
  };
  let position = 0;
  for (const parent of indexed.parents) {
    const parentId = randomUUID();
    push(parentId, null, "parent", position++, parent.text, parent.tokenCount);
    for (const child of parent.children) push(randomUUID(), parentId, "child", position++, child.text, child.tokenCount, child.embedding);
  }
  const config = searchConfigFor(indexed.lang ?? undefined);
  const embeddingColumns = options.vectors ? ", embedding" : "";
  const embeddingValues = options.vectors ? ", t.embedding::vector" : "";
  await db.transaction(async (tx) => {
    await tx.query("DELETE FROM chunks WHERE document_id = $1", [indexed.documentId]);
    // Parents first (children reference them), each a single multi-row INSERT from arrays.
    for (const level of ["parent", "child"]) {
      const pick = <T>(values: T[]) => values.filter((_, index) => rows.level[index] === level);
      await tx.query(
        `INSERT INTO chunks (id, document_id, parent_id, level, position, text, token_count, lang, category, region,
                             search_config, tsv, embedding_model, embedding_dims${embeddingColumns})
         SELECT t.id, $1, t.parent_id, $2, t.position, t.text, t.token_count, $3, $4, $5, $6::text,
                to_tsvector($6::text::regconfig, t.search_text) || to_tsvector('simple', t.search_text),
                CASE WHEN t.embedding IS NULL THEN NULL ELSE $7 END, CASE WHEN t.embedding IS NULL THEN NULL ELSE $8::int END${embeddingValues}
         FROM unnest($9::uuid[], $10::uuid[], $11::int[], $12::text[], $13::int[], $14::text[], $15::text[])
              AS t(id, parent_id, position, text, token_count, search_text, embedding)`,
        [
          indexed.documentId,
          level,
          indexed.lang,
          indexed.category,
          indexed.region,
          config,
          indexed.embedding?.model ?? null,
          indexed.embedding?.dims ?? null,
          pick(rows.id),
          pick(rows.parentId),
          pick(rows.position),
          pick(rows.text),
          pick(rows.tokenCount),
          pick(rows.searchText),
          pick(rows.embedding),
        ],
      );
    }
    await tx.query(
      `UPDATE documents SET status = 'ready', error = NULL, indexed_hash = $2, chunk_count = $3, title = $4, lang = $5,
              category = $6, region = $7, metadata = $8, embedding_model = $9, updated_at = now()
       WHERE id = $1`,
      [
        indexed.documentId,
        indexed.contentHash,
        rows.level.filter((level) => level === "child").length,
        indexed.title,
        indexed.lang,
        indexed.category,
        indexed.region,
        JSON.stringify(indexed.metadata),
        indexed.embedding?.model ?? null,
      ],
    );
  });
  return rows.id.length;
}
