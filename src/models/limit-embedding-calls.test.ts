import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { limitEmbeddingCalls } from "./limit-embedding-calls.ts";
import type { Embedder } from "./model-port.ts";

describe("limitEmbeddingCalls", () => {
  it("keeps calls under the cap across callers and answers every text in order", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const inner: Embedder = {
      model: "test-embedder",
      dimensions: 1,
      async embed(texts) {
        inFlight += texts.length;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await sleep(5);
        inFlight -= texts.length;
        return texts.map((text) => [text.length]);
      },
    };
    const limited = limitEmbeddingCalls(inner, 3);
    const callers = await Promise.all([limited.embed(["a", "bb", "ccc", "dddd"]), limited.embed(["eeeee", "ffffff"]), limited.embed(["g".repeat(7)])]);
    expect(callers).toEqual([[[1], [2], [3], [4]], [[5], [6]], [[7]]]);
    expect(mostInFlight).toBe(3);
    expect(limited).toMatchObject({ model: "test-embedder", dimensions: 1 });
  });
});
