/** What Switchboard knows about a foundation model without being told: list price and capabilities. */
export interface CatalogEntry {
  /** USD per 1,000 tokens, Bedrock on-demand list prices. */
  price: ModelPrice;
  promptCaching: boolean;
  /** Latency-optimized inference (`performanceConfig.latency = "optimized"`). */
  latencyOptimized: boolean;
}

export interface ModelPrice {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

// Keyed by the foundation-model id, so `us.`/`eu.`/`global.` profiles and ARNs of the same model share
// an entry. Prices are the on-demand list prices per 1k tokens at the time of writing; override them in
// the routing policy when yours differ (regional profiles, private pricing).
const catalog: Record<string, CatalogEntry> = {
  "anthropic.claude-haiku-4-5-20251001-v1:0": { price: { input: 0.001, output: 0.005, cacheRead: 0.0001, cacheWrite: 0.00125 }, promptCaching: true, latencyOptimized: false },
  "anthropic.claude-sonnet-4-5-20250929-v1:0": { price: { input: 0.003, output: 0.015, cacheRead: 0.0003, cacheWrite: 0.00375 }, promptCaching: true, latencyOptimized: false },
  "anthropic.claude-sonnet-4-20250514-v1:0": { price: { input: 0.003, output: 0.015, cacheRead: 0.0003, cacheWrite: 0.00375 }, promptCaching: true, latencyOptimized: false },
  "anthropic.claude-3-7-sonnet-20250219-v1:0": { price: { input: 0.003, output: 0.015, cacheRead: 0.0003, cacheWrite: 0.00375 }, promptCaching: true, latencyOptimized: false },
  "anthropic.claude-3-5-haiku-20241022-v1:0": { price: { input: 0.0008, output: 0.004, cacheRead: 0.00008, cacheWrite: 0.001 }, promptCaching: true, latencyOptimized: true },
  "anthropic.claude-3-haiku-20240307-v1:0": { price: { input: 0.00025, output: 0.00125, cacheRead: 0, cacheWrite: 0 }, promptCaching: false, latencyOptimized: false },
  "amazon.nova-micro-v1:0": { price: { input: 0.000035, output: 0.00014, cacheRead: 0.00000875, cacheWrite: 0 }, promptCaching: true, latencyOptimized: false },
  "amazon.nova-lite-v1:0": { price: { input: 0.00006, output: 0.00024, cacheRead: 0.000015, cacheWrite: 0 }, promptCaching: true, latencyOptimized: false },
  "amazon.nova-pro-v1:0": { price: { input: 0.0008, output: 0.0032, cacheRead: 0.0002, cacheWrite: 0 }, promptCaching: true, latencyOptimized: true },
};

const profilePrefix = /^(?:us|eu|apac|global|us-gov|ca|jp|au)\./;
const arn = /^arn:aws[\w-]*:bedrock:[\w-]*:\d*:[\w-]+\/(.+)$/;

/** The foundation-model id behind a model id, inference-profile id or ARN. */
export function foundationModelId(modelId: string): string {
  const resource = arn.exec(modelId)?.[1] ?? modelId;
  return resource.replace(profilePrefix, "");
}

/** The catalog entry of a model id (any form), when Switchboard knows the model. */
export function catalogEntry(modelId: string): CatalogEntry | undefined {
  return catalog[foundationModelId(modelId)];
}
