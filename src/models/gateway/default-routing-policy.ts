import type { ModelTask } from "./model-gateway.ts";

const haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
const sonnet = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
// A previous-generation model of another capacity pool, so an outage of one does not stop the cheap tier.
const previousHaiku = "us.anthropic.claude-3-5-haiku-20241022-v1:0";

const short = { ttftMs: 4_000, totalMs: 15_000 };
const answer = { ttftMs: 6_000, totalMs: 60_000 };

/**
 * The policy Switchboard routes by when no file says otherwise: a Haiku-class model for the cheap,
 * frequent tasks, a Sonnet-class model where answers need more reasoning. A policy file is merged
 * over it, so a file only needs the fields it changes.
 */
export const defaultRoutingPolicy = {
  tasks: {
    classify: { models: [haiku, previousHaiku], onFailure: "degrade", maxTokens: 300, timeouts: short },
    "answer.simple": { models: [haiku, previousHaiku], onFailure: "degrade", maxTokens: 800, timeouts: answer },
    "answer.complex": { models: [sonnet, haiku], onFailure: "degrade", maxTokens: 1200, timeouts: { ttftMs: 10_000, totalMs: 90_000 } },
    summarize: { models: [haiku, previousHaiku], onFailure: "degrade", maxTokens: 600, timeouts: answer },
    suggest_reply: { models: [sonnet, haiku], onFailure: "degrade", maxTokens: 800, timeouts: answer },
    extract: { models: [haiku, sonnet], onFailure: "degrade", maxTokens: 1000, timeouts: answer },
    judge: { models: [haiku], onFailure: "wait", maxTokens: 600, timeouts: { ttftMs: 15_000, totalMs: 120_000 } },
  } satisfies Record<ModelTask, unknown>,
  models: {},
  retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 },
  breaker: { consecutiveFailures: 5, halfOpenAfterMs: 30_000 },
  quota: { interactiveReserve: 0.2, backgroundWaitMs: 10_000 },
  budget: {},
};
