import { z } from "zod";
import { validationError } from "./bedrock-errors.ts";
import { embedText } from "./local-embedder.ts";
import type { ModelReference } from "./model-id.ts";
import { estimateTokens } from "./token-estimate.ts";
import { validationMessage } from "./validation-message.ts";

const MAX_INPUT_CHARACTERS = 50_000;
const TITAN_V1_DIMENSIONS = 1536;

const titanV2Request = z.looseObject({
  inputText: z.string().min(1).max(MAX_INPUT_CHARACTERS),
  dimensions: z.union([z.literal(256), z.literal(512), z.literal(1024)]).optional(),
  normalize: z.boolean().optional(),
  embeddingTypes: z.array(z.enum(["float", "binary"])).min(1).optional(),
});

const titanV1Request = z.looseObject({
  inputText: z.string().min(1).max(MAX_INPUT_CHARACTERS),
});

/** Titan Text Embeddings responses computed by the local (lexical) embedder. */
export function titanEmbeddingResponse(model: ModelReference, body: unknown): { payload: unknown; inputTokens: number } {
  if (model.family === "titan-embed-v1") {
    const parsed = titanV1Request.safeParse(body);
    if (!parsed.success) throw validationError(validationMessage(parsed.error));
    const inputTokens = estimateTokens(parsed.data.inputText);
    return { payload: { embedding: embedText(parsed.data.inputText, TITAN_V1_DIMENSIONS, true), inputTextTokenCount: inputTokens }, inputTokens };
  }
  const parsed = titanV2Request.safeParse(body);
  if (!parsed.success) throw validationError(validationMessage(parsed.error));
  const { inputText, dimensions = 1024, normalize = true, embeddingTypes = ["float"] } = parsed.data;
  const embedding = embedText(inputText, dimensions, normalize);
  const inputTokens = estimateTokens(inputText);
  const embeddingsByType: Record<string, number[]> = {};
  if (embeddingTypes.includes("float")) embeddingsByType.float = embedding;
  if (embeddingTypes.includes("binary")) embeddingsByType.binary = embedding.map((value) => (value > 0 ? 1 : 0));
  return { payload: { embedding, inputTextTokenCount: inputTokens, embeddingsByType }, inputTokens };
}
