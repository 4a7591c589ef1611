import { InvokeModelCommand, type BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import type { Embedder } from "../../model-port.ts";
import { mapBedrockError } from "./map-bedrock-error.ts";

// Titan v2 embeds one text per call; this many calls run at once per batch.
const parallelCalls = 8;
// Titan v2 accepts up to 8,192 tokens; cut long inputs rather than fail the document.
const maxInputChars = 30_000;

/** An Embedder over InvokeModel with the Titan Text Embeddings v2 request/response shape. */
export function createTitanEmbedder(client: BedrockRuntimeClient, model: string, dimensions: number): Embedder {
  const embedOne = async (text: string): Promise<number[]> => {
    const body = JSON.stringify({ inputText: text.slice(0, maxInputChars), dimensions, normalize: true });
    try {
      const response = await client.send(
        new InvokeModelCommand({ modelId: model, body: new TextEncoder().encode(body), contentType: "application/json", accept: "application/json" }),
      );
      const parsed = JSON.parse(new TextDecoder().decode(response.body)) as { embedding?: number[] };
      if (!Array.isArray(parsed.embedding) || parsed.embedding.length !== dimensions) {
        throw new Error(`Embedding model ${model} returned ${parsed.embedding?.length ?? "no"} dimensions, expected ${dimensions}`);
      }
      return parsed.embedding;
    } catch (error) {
      throw mapBedrockError(error);
    }
  };
  return {
    model,
    dimensions,
    async embed(texts) {
      const vectors: number[][] = new Array(texts.length);
      for (let start = 0; start < texts.length; start += parallelCalls) {
        const batch = texts.slice(start, start + parallelCalls);
        const results = await Promise.all(batch.map(embedOne));
        results.forEach((vector, offset) => (vectors[start + offset] = vector));
      }
      return vectors;
    },
  };
}
