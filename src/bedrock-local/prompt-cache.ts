import { createHash } from "node:crypto";
import { validationError } from "./bedrock-errors.ts";
import type { ChatRequest } from "./converse-types.ts";
import type { ModelReference } from "./model-id.ts";
import { requestTokens } from "./token-usage.ts";

/** Converse's cache counters. */
export interface CacheUsage {
  cacheReadInputTokens: number;
  cacheWriteInputTokens: number;
}

interface CachingModel {
  pattern: RegExp;
  /** A checkpoint with a shorter prefix is not cached. */
  minimumTokens: number;
  cachesTools: boolean;
}

// The models Bedrock offers prompt caching for, with their minimum tokens per checkpoint.
const CACHING_MODELS: CachingModel[] = [
  { pattern: /anthropic\.claude-3-5-haiku/, minimumTokens: 2048, cachesTools: true },
  { pattern: /anthropic\.claude-3-7-sonnet/, minimumTokens: 1024, cachesTools: true },
  { pattern: /anthropic\.claude-(haiku-4-5|opus-4-5)/, minimumTokens: 4096, cachesTools: true },
  { pattern: /anthropic\.claude-(sonnet-4|opus-4)/, minimumTokens: 1024, cachesTools: true },
  { pattern: /amazon\.nova-(micro|lite|pro|premier)/, minimumTokens: 1000, cachesTools: false },
];

const MAX_CHECKPOINTS = 4;
const TTL_MS = { "5m": 5 * 60_000, "1h": 60 * 60_000 } as const;
const MAX_ENTRIES = 10_000;

interface Checkpoint {
  hash: string;
  tokens: number;
  ttlMs: number;
}

function cachePointTtl(block: Record<string, unknown>): number | undefined {
  const point = block.cachePoint as { ttl?: unknown } | undefined;
  if (point === undefined) return undefined;
  return point.ttl === "1h" ? TTL_MS["1h"] : TTL_MS["5m"];
}

/** The caching rules of a model, or none when Bedrock does not cache its prompts (a cachePoint is then ignored). */
export function cachingModel(model: ModelReference): CachingModel | undefined {
  return CACHING_MODELS.find((candidate) => candidate.pattern.test(model.baseModelId));
}

// The request cut right after each cache point, in the order the model reads it: tools, system, messages.
function checkpointPrefixes(request: ChatRequest, cachesTools: boolean): { prefix: ChatRequest; ttlMs: number }[] {
  const prefixes: { prefix: ChatRequest; ttlMs: number }[] = [];
  const tools = request.toolConfig?.tools ?? [];
  if (cachesTools) {
    tools.forEach((tool, index) => {
      const ttlMs = cachePointTtl(tool);
      if (ttlMs !== undefined) prefixes.push({ prefix: { messages: [], toolConfig: { tools: tools.slice(0, index + 1) } }, ttlMs });
    });
  }
  const toolConfig = tools.length > 0 ? { tools } : undefined;
  const system = request.system ?? [];
  system.forEach((block, index) => {
    const ttlMs = cachePointTtl(block);
    if (ttlMs !== undefined) prefixes.push({ prefix: { messages: [], toolConfig, system: system.slice(0, index + 1) }, ttlMs });
  });
  request.messages.forEach((message, messageIndex) => {
    message.content.forEach((block, blockIndex) => {
      const ttlMs = cachePointTtl(block);
      if (ttlMs === undefined) return;
      const messages = [...request.messages.slice(0, messageIndex), { role: message.role, content: message.content.slice(0, blockIndex + 1) }];
      prefixes.push({ prefix: { messages, toolConfig, system }, ttlMs });
    });
  });
  return prefixes;
}

/**
 * Bedrock's prompt cache as seen from outside: the first request with a prefix up to a cache
 * point writes it, later requests with the same prefix read it, until it has not been used for
 * the cache point's TTL (5 minutes by default). Prefixes are hashed per model.
 */
export class PromptCacheSimulator {
  private readonly entries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Cache reads and writes for a Converse request; undefined when the model does not cache or the request has no cache point. */
  account(model: ModelReference, request: ChatRequest): CacheUsage | undefined {
    const rules = cachingModel(model);
    if (!rules) return undefined;
    const prefixes = checkpointPrefixes(request, rules.cachesTools);
    if (prefixes.length === 0) return undefined;
    if (prefixes.length > MAX_CHECKPOINTS) {
      throw validationError(`A maximum of ${MAX_CHECKPOINTS} cache points may be provided. Found ${prefixes.length}.`);
    }
    const checkpoints: Checkpoint[] = prefixes
      .map(({ prefix, ttlMs }) => ({ hash: this.hash(model, prefix), tokens: requestTokens(prefix), ttlMs }))
      .filter((checkpoint) => checkpoint.tokens >= rules.minimumTokens);
    if (checkpoints.length === 0) return { cacheReadInputTokens: 0, cacheWriteInputTokens: 0 };

    const now = this.now();
    const hit = checkpoints.findLast((checkpoint) => (this.entries.get(checkpoint.hash) ?? 0) > now);
    const longest = checkpoints.at(-1)!;
    const read = hit?.tokens ?? 0;
    for (const checkpoint of checkpoints) {
      // Reading a prefix refreshes its lifetime, as on Bedrock.
      this.entries.delete(checkpoint.hash);
      this.entries.set(checkpoint.hash, now + checkpoint.ttlMs);
    }
    this.prune(now);
    return { cacheReadInputTokens: read, cacheWriteInputTokens: longest.tokens - read };
  }

  private hash(model: ModelReference, prefix: ChatRequest): string {
    return createHash("sha256").update(model.baseModelId).update("\0").update(JSON.stringify(prefix)).digest("hex");
  }

  private prune(now: number): void {
    if (this.entries.size <= MAX_ENTRIES) return;
    for (const [hash, expiresAt] of this.entries) if (expiresAt <= now) this.entries.delete(hash);
    // Still full: forget the least recently used (the map keeps insertion order, refreshed on use).
    for (const hash of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(hash);
    }
  }
}
