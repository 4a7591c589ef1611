import type { Queryable } from "../storage/database.ts";
import { quoteLiteral } from "../storage/migrate.ts";
import { reciprocalRankFusion } from "./reciprocal-rank-fusion.ts";
import { searchConfigFor, toOrQuery, toSearchText } from "./search-text.ts";

export interface SearchFilters {
  lang?: string;
  category?: string;
  region?: string;
}

export interface SearchRequest {
  query: string;
  /** The query's language: picks the stemming configuration for full-text search. */
  queryLanguage?: string;
  /** The query's embedding, from the same model and dimension as the indexed chunks. */
  queryVector?: number[];
  embedding?: { model: string; dims: number };
  filters?: SearchFilters;
  /** Results in this language / these regions rank a little higher without excluding the others. */
  prefer?: { lang?: string; regions?: string[] };
  limit?: number;
}

export interface SearchResult {
  /** The matched child chunk. */
  chunkId: string;
  parentId: string;
  documentId: string;
  externalId: string;
  title: string;
  lang: string | null;
  category: string | null;
  region: string | null;
  /** The matched child text. */
  text: string;
  /** The whole parent section: what the model reads. */
  parentText: string;
  score: number;
  fullTextRank?: number;
  vectorSimilarity?: number;
}

// Candidates taken from each retriever before fusion.
const candidatesPerRetriever = 40;
// ts_rank_cd scores every matching row; common words can match most of the corpus, so ranking is
// bounded to this many matches (see the PGlite notes: the unbounded tail reaches seconds).
const fullTextCandidateBound = 5000;
const preferredLanguageBoost = 1.25;
const preferredRegionBoost = 1.15;

/**
 * Hybrid retrieval: full-text (per-language stemming) and vector (HNSW, cosine) candidates fused
 * by reciprocal-rank fusion, then expanded to their parents, one result per parent section.
 */
export async function hybridSearch(db: Queryable, request: SearchRequest): Promise<SearchResult[]> {
  const limit = request.limit ?? 5;
  const [fullText, vector] = await Promise.all([fullTextCandidates(db, request), vectorCandidates(db, request)]);
  const fused = reciprocalRankFusion([{ ids: fullText.map((row) => row.id) }, { ids: vector.map((row) => row.id) }]);
  if (fused.length === 0) return [];
  const details = await loadChunks(db, fused.map((item) => item.id));
  const rankById = new Map(fullText.map((row) => [row.id, row.rank]));
  const similarityById = new Map(vector.map((row) => [row.id, 1 - row.distance]));
  const results: SearchResult[] = [];
  for (const { id, score } of fused) {
    const detail = details.get(id);
    if (!detail) continue;
    let boosted = score;
    if (request.prefer?.lang && detail.lang === request.prefer.lang) boosted *= preferredLanguageBoost;
    if (detail.region && request.prefer?.regions?.includes(detail.region)) boosted *= preferredRegionBoost;
    results.push({ ...detail, score: boosted, fullTextRank: rankById.get(id), vectorSimilarity: similarityById.get(id) });
  }
  results.sort((a, b) => b.score - a.score);
  const seenParents = new Set<string>();
  return results.filter((result) => !seenParents.has(result.parentId) && seenParents.add(result.parentId)).slice(0, limit);
}

function filterClause(filters: SearchFilters | undefined, params: unknown[]): string {
  const clauses: string[] = [];
  for (const column of ["lang", "category", "region"] as const) {
    const value = filters?.[column];
    if (value) {
      params.push(value);
      clauses.push(`c.${column} = $${params.length}`);
    }
  }
  return clauses.length ? ` AND ${clauses.join(" AND ")}` : "";
}

async function fullTextCandidates(db: Queryable, request: SearchRequest): Promise<Array<{ id: string; rank: number }>> {
  const orQuery = toOrQuery(request.query);
  if (!orQuery) return [];
  const config = searchConfigFor(request.queryLanguage);
  const params: unknown[] = [config, orQuery, toOrQuery(toSearchText(request.query))];
  const filters = filterClause(request.filters, params);
  // The stemmed query (stop words removed by the language's configuration) finds the candidates;
  // identifiers such as order or SKU numbers match through the unstemmed `simple` part of tsv.
  const result = await db.query<{ id: string; rank: number }>(
    `WITH q AS (SELECT CASE WHEN $1 = 'simple' THEN to_tsquery('simple', $3) ELSE to_tsquery($1::regconfig, $2) END AS query),
     candidates AS (
       SELECT c.id, c.tsv FROM chunks c, q
       WHERE c.level = 'child' AND c.tsv @@ q.query${filters}
       LIMIT ${fullTextCandidateBound})
     SELECT candidates.id, ts_rank_cd(candidates.tsv, q.query, 1) AS rank FROM candidates, q
     ORDER BY rank DESC, candidates.id LIMIT ${candidatesPerRetriever}`,
    params,
  );
  return result.rows;
}

async function vectorCandidates(db: Queryable, request: SearchRequest): Promise<Array<{ id: string; distance: number }>> {
  if (!request.queryVector || !request.embedding) return [];
  const { model, dims } = request.embedding;
  if (!Number.isInteger(dims) || request.queryVector.length !== dims) throw new Error(`Query vector has ${request.queryVector.length} dimensions, expected ${dims}`);
  const params: unknown[] = [`[${request.queryVector.join(",")}]`];
  const filters = filterClause(request.filters, params);
  // Literal model and dimension: they must match the partial HNSW index's predicate for the planner to use it.
  const result = await db.query<{ id: string; distance: number }>(
    `SELECT c.id, c.embedding::vector(${dims}) <=> $1::vector(${dims}) AS distance FROM chunks c
     WHERE c.level = 'child' AND c.embedding_dims = ${dims} AND c.embedding_model = ${quoteLiteral(model)}${filters}
     ORDER BY c.embedding::vector(${dims}) <=> $1::vector(${dims}) LIMIT ${candidatesPerRetriever}`,
    params,
  );
  return result.rows;
}

type ChunkDetail = Omit<SearchResult, "score" | "fullTextRank" | "vectorSimilarity">;

async function loadChunks(db: Queryable, ids: string[]): Promise<Map<string, ChunkDetail>> {
  const result = await db.query<{
    id: string;
    parent_id: string;
    document_id: string;
    external_id: string;
    title: string;
    lang: string | null;
    category: string | null;
    region: string | null;
    text: string;
    parent_text: string;
  }>(
    `SELECT c.id, c.parent_id, c.document_id, d.external_id, d.title, d.lang, d.category, d.region, c.text, p.text AS parent_text
     FROM chunks c JOIN chunks p ON p.id = c.parent_id JOIN documents d ON d.id = c.document_id
     WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(
    result.rows.map((row) => [
      row.id,
      {
        chunkId: row.id,
        parentId: row.parent_id,
        documentId: row.document_id,
        externalId: row.external_id,
        title: row.title,
        lang: row.lang,
        category: row.category,
        region: row.region,
        text: row.text,
        parentText: row.parent_text,
      },
    ]),
  );
}
