import type { Queryable } from "../storage/database.ts";
import { searchConfigFor, toOrQuery, toSearchText } from "./search-text.ts";

// Candidates returned to fusion.
const candidatesWanted = 40;
// ts_rank_cd scores every row it is given, and a query OR-ing common words matches most of a
// corpus (the slow tail measured on PGlite: hundreds of ms at 50k rows). So candidates are found
// with progressively looser queries — all terms, then any two, then any one — each bounded, and
// only the first phases that are selective enough run.
const phaseBound = 2000;
const maxPairTerms = 7;

type Clause = (parameterIndex: number) => string;

/** Stemmed, stop-word-free terms of a query under the language's text-search configuration. */
async function queryTerms(db: Queryable, config: string, query: string): Promise<string[]> {
  // A tsvector holds each lexeme once; ordering by first position keeps the customer's word order.
  const result = await db.query<{ lexeme: string }>("SELECT lexeme FROM unnest(to_tsvector($1::regconfig, $2)) ORDER BY positions[1]", [config, toSearchText(query)]);
  return result.rows.map((row) => row.lexeme.replace(/['\\:&|!()<>*]/g, "")).filter(Boolean);
}

const quoted = (term: string) => `'${term}'`;

/** The candidate-finding tsqueries, strictest first. */
export function candidatePhases(terms: string[]): string[] {
  if (terms.length === 0) return [];
  const phases: string[] = [];
  if (terms.length > 1) phases.push(terms.map(quoted).join(" & "));
  const pairTerms = terms.slice(0, maxPairTerms);
  if (pairTerms.length > 2) {
    const pairs: string[] = [];
    for (let a = 0; a < pairTerms.length; a++) for (let b = a + 1; b < pairTerms.length; b++) pairs.push(`(${quoted(pairTerms[a])} & ${quoted(pairTerms[b])})`);
    phases.push(pairs.join(" | "));
  }
  phases.push(terms.map(quoted).join(" | "));
  return phases;
}

/** Full-text candidates ranked by ts_rank_cd against all query terms; `filters` is an SQL fragment over alias `c`. */
export async function fullTextCandidates(
  db: Queryable,
  query: string,
  queryLanguage: string | undefined,
  filters: { clause: Clause; params: unknown[] },
): Promise<Array<{ id: string; rank: number }>> {
  const config = searchConfigFor(queryLanguage);
  const terms = config === "simple" ? toOrQuery(query).split(" | ").filter(Boolean) : await queryTerms(db, config, query);
  const phases = candidatePhases(terms);
  if (phases.length === 0) return [];
  const rankQuery = phases[phases.length - 1];
  const found = new Map<string, number>();
  for (const phase of phases) {
    const params = [phase, rankQuery, ...filters.params];
    const result = await db.query<{ id: string; rank: number }>(
      `WITH candidates AS (
         SELECT c.id, c.tsv FROM chunks c
         WHERE c.level = 'child' AND c.tsv @@ $1::tsquery${filters.clause(3)}
         LIMIT ${phaseBound})
       SELECT id, ts_rank_cd(tsv, $2::tsquery, 1) AS rank FROM candidates ORDER BY rank DESC, id LIMIT ${candidatesWanted}`,
      params,
    );
    for (const row of result.rows) if (!found.has(row.id)) found.set(row.id, row.rank);
    if (found.size >= candidatesWanted / 2) break;
  }
  return [...found.entries()].map(([id, rank]) => ({ id, rank })).sort((a, b) => b.rank - a.rank);
}
