import { z } from "zod";
import type { ModelLatency } from "./answer-stream.ts";
import type { ModelReference } from "./model-id.ts";
import { seededRandom } from "./seeded-random.ts";

/** How long the endpoint's models take: a fixed delay, or per-model timings like Bedrock's. */
export type LatencySetting = { kind: "fixed"; firstTokenMs: number; perTokenMs: number } | { kind: "realistic" };

const NO_LATENCY: LatencySetting = { kind: "fixed", firstTokenMs: 0, perTokenMs: 0 };

/** `none`, `realistic`, or `<firstTokenMs>/<perTokenMs>` (e.g. `300/7`), as the environment and CLI write it. */
export const latencySettingSchema = z
  .string()
  .trim()
  .regex(/^(none|realistic|\d+(\.\d+)?\/\d+(\.\d+)?)$/, "must be none, realistic or <firstTokenMs>/<perTokenMs>")
  .transform((text): LatencySetting => {
    if (text === "none") return NO_LATENCY;
    if (text === "realistic") return { kind: "realistic" };
    const [firstTokenMs = 0, perTokenMs = 0] = text.split("/").map(Number);
    return { kind: "fixed", firstTokenMs, perTokenMs };
  });

interface ModelClass {
  firstTokenMs: number;
  tokensPerSecond: number;
}

// Typical on-demand Bedrock timings for short prompts; the small models answer sooner and faster.
const SMALL_MODEL: ModelClass = { firstTokenMs: 300, tokensPerSecond: 150 };
const LARGE_MODEL: ModelClass = { firstTokenMs: 700, tokensPerSecond: 60 };
const SMALL_MODEL_ID = /haiku|nova-micro|nova-lite/i;
const FIRST_TOKEN_JITTER = 0.15;
const SPEED_JITTER = 0.1;
const JITTER_SEED = 20_240_601;

/** The class a model falls in: Haiku, Nova Micro and Nova Lite are small; Sonnet, Opus, Nova Pro and anything else large. */
export function realisticTimings(model: ModelReference): ModelClass {
  return SMALL_MODEL_ID.test(model.baseModelId) || SMALL_MODEL_ID.test(model.requested) ? SMALL_MODEL : LARGE_MODEL;
}

/**
 * Returns the latency of each call. The realistic profile varies calls a little around the
 * model's timings, from a seeded generator so a benchmark run can be repeated.
 */
export function createLatencyModel(setting: LatencySetting = NO_LATENCY, seed = JITTER_SEED): (model: ModelReference) => ModelLatency {
  if (setting.kind === "fixed") return () => ({ firstTokenMs: setting.firstTokenMs, perTokenMs: setting.perTokenMs });
  const random = seededRandom(seed);
  const jitter = (spread: number) => 1 + (random() * 2 - 1) * spread;
  return (model) => {
    const timings = realisticTimings(model);
    return {
      firstTokenMs: Math.round(timings.firstTokenMs * jitter(FIRST_TOKEN_JITTER)),
      perTokenMs: 1000 / (timings.tokensPerSecond * jitter(SPEED_JITTER)),
    };
  };
}
