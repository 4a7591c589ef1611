import { z } from "zod";
import { modelTasks, type ModelTask } from "./model-gateway.ts";
import { catalogEntry, type ModelPrice } from "./model-catalog.ts";

// A bare model id, a cross-region inference profile (`us.`/`eu.`/`global.`…) or an ARN.
const modelIdSchema = z
  .string()
  .regex(/^(?:arn:aws[\w-]*:bedrock:[\w-]*:\d*:[\w-]+\/.+|[a-z0-9-]+\.[\w.:-]+)$/i, "must be a Bedrock model id, inference-profile id or ARN");

const locationSchema = z.object({
  region: z.string().regex(/^[a-z]{2}(?:-[a-z]+)+-\d+$/, "must be an AWS region such as us-east-1"),
  endpoint: z.url().optional(),
});

const priceSchema = z.object({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cacheRead: z.number().nonnegative().default(0),
  cacheWrite: z.number().nonnegative().default(0),
});

const defaultConcurrency = { limit: 64, queue: 256 };

const modelSettingsSchema = z.object({
  /** Tried in order; a regional outage moves calls to the next. Default: Switchboard's Bedrock region and endpoint. */
  regions: z.array(locationSchema).min(1).optional(),
  promptCaching: z.boolean().optional(),
  latencyOptimized: z.boolean().optional(),
  /** USD per 1,000 tokens; required for models the built-in price table does not know. */
  price: priceSchema.optional(),
  /** The account's Bedrock quotas for this model; untracked when unset. */
  quota: z.object({ rpm: z.number().int().positive(), tpm: z.number().int().positive() }).optional(),
  /** Concurrent calls to this model, and how many more may wait for a slot before calls are turned away. */
  concurrency: z.object({ limit: z.number().int().positive(), queue: z.number().int().nonnegative() }).default(defaultConcurrency),
});

const taskSettingsSchema = z.object({
  models: z.array(modelIdSchema).min(1),
  /** `degrade`: fall back along the chain; `wait`: only the first model, failures are retryable later. */
  onFailure: z.enum(["degrade", "wait"]),
  maxTokens: z.number().int().positive(),
  timeouts: z.object({ ttftMs: z.number().int().positive(), totalMs: z.number().int().positive() }),
  performanceConfig: z.object({ latency: z.enum(["standard", "optimized"]) }).optional(),
});

/** The routing policy: tasks → model chains, per-model settings, resilience and budget. Validate settings pages against it. */
export const routingPolicySchema = z
  .object({
    tasks: z.object(Object.fromEntries(modelTasks.map((task) => [task, taskSettingsSchema])) as Record<ModelTask, typeof taskSettingsSchema>),
    models: z.record(modelIdSchema, modelSettingsSchema).default({}),
    retry: z.object({
      maxAttempts: z.number().int().min(1).max(10),
      baseDelayMs: z.number().int().nonnegative(),
      maxDelayMs: z.number().int().nonnegative(),
    }),
    breaker: z.object({ consecutiveFailures: z.number().int().positive(), halfOpenAfterMs: z.number().int().positive() }),
    quota: z.object({
      /** Share of each quota kept for interactive calls: background calls stop at 1 − reserve. */
      interactiveReserve: z.number().min(0).max(1),
      /** How long a background call may wait for headroom before it is shed. */
      backgroundWaitMs: z.number().int().nonnegative(),
    }),
    budget: z.object({ dailyUsd: z.number().positive().optional() }).default({}),
  })
  .superRefine((policy, context) => {
    for (const task of modelTasks) {
      const settings = policy.tasks[task];
      for (const model of settings.models) {
        if (!policy.models[model]?.price && !catalogEntry(model)) {
          context.addIssue({ code: "custom", path: ["models", model, "price"], message: `no price known for ${model} (used by ${task}); add models["${model}"].price` });
        }
      }
      if (settings.performanceConfig?.latency === "optimized" && !settings.models.some((model) => supportsLatencyOptimized(policy, model))) {
        context.addIssue({ code: "custom", path: ["tasks", task, "performanceConfig"], message: "no model of this chain supports latency-optimized inference" });
      }
    }
    // A judge that changed models mid-evaluation would make its scores incomparable.
    if (policy.tasks.judge.onFailure !== "wait") context.addIssue({ code: "custom", path: ["tasks", "judge", "onFailure"], message: "judge never degrades: must be wait" });
  });

export type RoutingPolicy = z.infer<typeof routingPolicySchema>;
export type TaskSettings = RoutingPolicy["tasks"][ModelTask];
export type ModelLocation = z.infer<typeof locationSchema>;

/** A model's settings with the catalog's defaults filled in. */
export interface ResolvedModelSettings {
  regions?: ModelLocation[];
  promptCaching: boolean;
  latencyOptimized: boolean;
  price: ModelPrice;
  quota?: { rpm: number; tpm: number };
  concurrency: { limit: number; queue: number };
}

/** The settings of one model: the policy's, else the built-in catalog's. */
export function resolveModelSettings(policy: RoutingPolicy, modelId: string): ResolvedModelSettings {
  const configured = policy.models[modelId];
  const known = catalogEntry(modelId);
  const price = configured?.price ?? known?.price;
  // The schema refuses chains with unpriced models; this guards models reached some other way.
  if (!price) throw new Error(`No price known for model ${modelId}`);
  return {
    regions: configured?.regions,
    promptCaching: configured?.promptCaching ?? known?.promptCaching ?? false,
    latencyOptimized: supportsLatencyOptimized(policy, modelId),
    price,
    quota: configured?.quota,
    concurrency: configured?.concurrency ?? defaultConcurrency,
  };
}

function supportsLatencyOptimized(policy: RoutingPolicy, modelId: string): boolean {
  return policy.models[modelId]?.latencyOptimized ?? catalogEntry(modelId)?.latencyOptimized ?? false;
}
