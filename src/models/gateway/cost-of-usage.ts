import type { Usage } from "../model-port.ts";
import type { ModelPrice } from "./model-catalog.ts";

/** USD cost of one call's usage at a per-1k-token price. Bedrock counts cached input apart from `inputTokens`. */
export function costOfUsage(price: ModelPrice, usage: Usage): number {
  const thousandths =
    usage.inputTokens * price.input + usage.outputTokens * price.output + (usage.cacheReadTokens ?? 0) * price.cacheRead + (usage.cacheWriteTokens ?? 0) * price.cacheWrite;
  // numeric(14, 8) in model_calls; rounding here keeps the in-memory budget equal to the stored sum.
  return Math.round((thousandths / 1000) * 1e8) / 1e8;
}
