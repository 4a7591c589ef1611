import type { Queryable } from "../storage/database.ts";
import { quoteLiteral } from "../storage/migrate.ts";
import { reciprocalRankFusion } from "./reciprocal-rank-fusion.ts";
import { fullTextCandidates } from "./full-text-candidates.ts";

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

// Candidates taken from the vector retriever before fusion.
const candidatesPerRetriever = 40;
const preferredLanguageBoost = 1.25;
const preferredRegionBoost = 1.15;

/**
 * Hybrid retrieval: full-text (per-language stemming) and vector (HNSW, cosine) candidates fused
 * by reciprocal-rank fusion, then expanded to their parents, one result per parent section.
 */
export async function hybridSearch(db: Queryable, request: SearchRequest): Promise<SearchResult[]> {
  const limit = request.limit ?? 5;
  const filters = metadataFilters(request.filters);
  const [fullText, vector] = await Promise.all([fullTextCandidates(db, request.query, request.queryLanguage, filters), vectorCandidates(db, request, filters)]);
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

/** The metadata filters as an SQL fragment over alias `c`, its parameters numbered from `first`. */
function metadataFilters(filters: SearchFilters | undefined): { clause: (first: number) => string; params: unknown[] } {
  const columns = (["lang", "category", "region"] as const).filter((column) => filters?.[column]);
  return {
    params: columns.map((column) => filters?.[column]),
    clause: (first) => columns.map((column, index) => ` AND c.${column} = $${first + index}`).join(""),
  };
}

async function vectorCandidates(db: Queryable, request: SearchRequest, filters: ReturnType<typeof metadataFilters>): Promise<Array<{ id: string; distance: number }>> {
  if (!request.queryVector || !request.embedding) return [];
  const { model, dims } = request.embedding;
  if (!Number.isInteger(dims) || request.queryVector.length !== dims) throw new Error(`Query vector has ${request.queryVector.length} dimensions, expected ${dims}`);
  const params: unknown[] = [`[${request.queryVector.join(",")}]`, ...filters.params];
  // Literal model and dimension: they must match the partial HNSW index's predicate for the planner to use it.
  const result = await db.query<{ id: string; distance: number }>(
    `SELECT c.id, c.embedding::vector(${dims}) <=> $1::vector(${dims}) AS distance FROM chunks c
     WHERE c.level = 'child' AND c.embedding_dims = ${dims} AND c.embedding_model = ${quoteLiteral(model)}${filters.clause(2)}
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
