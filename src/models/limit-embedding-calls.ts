import { bulkhead } from "cockatiel";
import type { Embedder } from "./model-port.ts";

/**
 * An embedder that never has more than `maxCalls` texts being embedded at once, however many
 * callers share it: the model-call side of a job type's concurrency cap (a job may embed many
 * texts in parallel). Texts go to the inner embedder one per call, as Titan v2 takes them anyway;
 * those over the cap wait their turn rather than fail.
 */
export function limitEmbeddingCalls(embedder: Embedder, maxCalls: number): Embedder {
  const slots = bulkhead(maxCalls, Number.MAX_SAFE_INTEGER);
  return {
    model: embedder.model,
    dimensions: embedder.dimensions,
    embed: (texts) => Promise.all(texts.map((text) => slots.execute(async () => (await embedder.embed([text]))[0]))),
  };
}
