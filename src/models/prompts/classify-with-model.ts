import type { ChatModel } from "../model-port.ts";
import { parseStructuredOutput } from "../gateway/structured-output.ts";
import { buildClassifyRequest, classificationSchema, type Classification, type ClassifyOptions } from "./classify.ts";

/** The model's classification, or why its reply did not validate. */
export type ClassifyOutcome = { ok: true; classification: Classification } | { ok: false; error: string; raw: string };

/**
 * Sends the classify task to one model, without the gateway's routing, retries or repair: an
 * evaluation measures what the model answers on the first try.
 */
export async function classifyWithModel(model: ChatModel, modelId: string, message: string, options: ClassifyOptions): Promise<ClassifyOutcome> {
  const request = buildClassifyRequest(message, options);
  let raw = "";
  for await (const part of model.stream({ ...request, modelId, maxTokens: request.maxTokens ?? 300 })) {
    if (part.type === "text-delta") raw += part.text;
  }
  const parsed = parseStructuredOutput(classificationSchema, raw);
  return parsed.success ? { ok: true, classification: parsed.data } : { ok: false, error: parsed.error, raw };
}
