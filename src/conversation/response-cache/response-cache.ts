import { createHash } from "node:crypto";
import type { Embedder } from "../../models/model-port.ts";
import type { CacheStore } from "../../storage/cache/cache-store.ts";
import { decodeVector, encodeVector } from "../../storage/cache/encode-vector.ts";
import type { Citation } from "../conversation-store.ts";
import { normalizeQuestion } from "../../i18n/normalize-question.ts";
import type { ResponseCacheMetrics } from "./response-cache-metrics.ts";

/**
 * An answer as the cache keeps it: what the customer saw, and which model first wrote it. Not the
 * question: keys are hashes, so nothing a customer typed is kept beyond their conversation.
 */
export interface CachedAnswer {
  text: string;
  citations: Citation[];
  model: string | null;
}

/** What a cached answer is valid for: the same language, knowledge base version and customer regions. */
export interface ResponseCacheScope {
  language: string;
  knowledgeBaseVersion: number;
  regions: string[];
}

export interface ResponseCacheOptions {
  ttlMs: number;
  /** Least cosine similarity of two questions' embeddings for a semantic hit; off when undefined. */
  similarity?: number;
  /** Most questions per scope compared on a semantic lookup; the oldest are dropped first. */
  maxCandidates: number;
  metrics?: ResponseCacheMetrics;
}

export type ResponseCacheLookup =
  | { hit: "exact" | "semantic"; answer: CachedAnswer; similarity: number }
  | { hit: undefined; vector?: number[] };

interface Candidate {
  key: string;
  vector: string;
  storedAt: number;
}

// A few near neighbours whose answers expired before their candidate entry are skipped over.
const semanticAttempts = 3;

const digest = (...parts: Array<string | number>) => createHash("sha256").update(parts.join("\u0000")).digest("base64url");

/**
 * Answers to first questions, found by the normalized question (exact) or by the embedding of the
 * question (semantic): each scope keeps a list of recent questions' vectors beside their exact
 * keys, compared one by one on lookup. A new knowledge base version starts empty scopes, so
 * answers built on old documents are never served again.
 */
export function createResponseCache(store: CacheStore, embedder: Embedder, options: ResponseCacheOptions) {
  const exactKey = (question: string, scope: ResponseCacheScope) =>
    `response:exact:${digest(scope.language, scope.knowledgeBaseVersion, scope.regions.join(","), normalizeQuestion(question))}`;
  const candidatesKey = (scope: ResponseCacheScope) =>
    `response:candidates:${digest(scope.language, scope.knowledgeBaseVersion, scope.regions.join(","), embedder.model, embedder.dimensions)}`;

  async function lookup(question: string, scope: ResponseCacheScope): Promise<ResponseCacheLookup> {
    const exact = await store.get<CachedAnswer>(exactKey(question, scope));
    options.metrics?.responseCacheLookup("exact", exact ? "hit" : "miss");
    if (exact) return { hit: "exact", answer: exact, similarity: 1 };
    const threshold = options.similarity;
    if (threshold === undefined) return { hit: undefined };
    const [vector] = await embedder.embed([question]);
    const candidates = (await store.get<Candidate[]>(candidatesKey(scope))) ?? [];
    const nearest = candidates
      .map((candidate) => ({ key: candidate.key, similarity: dot(vector, decodeVector(candidate.vector)) }))
      .filter((candidate) => candidate.similarity >= threshold)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, semanticAttempts);
    for (const candidate of nearest) {
      const answer = await store.get<CachedAnswer>(candidate.key);
      if (!answer) continue;
      options.metrics?.responseCacheLookup("semantic", "hit");
      return { hit: "semantic", answer, similarity: candidate.similarity };
    }
    options.metrics?.responseCacheLookup("semantic", "miss");
    return { hit: undefined, vector };
  }

  /** Stores an answer under the question's exact key and, with semantic lookups on, among the scope's candidates. */
  async function remember(question: string, scope: ResponseCacheScope, answer: CachedAnswer, vector?: number[]): Promise<void> {
    const key = exactKey(question, scope);
    await store.set(key, answer, options.ttlMs);
    if (options.similarity !== undefined) await addCandidate(scope, key, vector ?? (await embedder.embed([question]))[0]);
    options.metrics?.responseCacheStored();
  }

  async function addCandidate(scope: ResponseCacheScope, key: string, vector: number[]): Promise<void> {
    const listKey = candidatesKey(scope);
    const now = Date.now();
    // Read, change, write: two processes storing at once may drop one candidate, which costs one
    // semantic hit, never a wrong answer.
    const kept = ((await store.get<Candidate[]>(listKey)) ?? []).filter((candidate) => candidate.key !== key && now - candidate.storedAt < options.ttlMs);
    const candidates = [{ key, vector: encodeVector(vector), storedAt: now }, ...kept].slice(0, options.maxCandidates);
    await store.set(listKey, candidates, options.ttlMs);
  }

  return { lookup, remember };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;

// Embeddings are L2-normalized, so their dot product is their cosine similarity.
function dot(a: readonly number[], b: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < Math.min(a.length, b.length); index++) sum += a[index] * b[index];
  return sum;
}
