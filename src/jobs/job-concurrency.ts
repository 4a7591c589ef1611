import type { JobConcurrency } from "./job-settings.ts";

/** The cap of a model-calling job type: its own when set, else the model cap. */
export function modelJobCap(type: string, settings: JobConcurrency): number {
  return settings.perType[type] ?? settings.modelCalls;
}

/**
 * How many jobs of a type one worker process runs at once: the cap set for the type; else, for a
 * type that calls a model, the model cap (so a backlog never turns into as many model calls);
 * else the handler's own concurrency.
 */
export function resolveJobConcurrency(handler: { type: string; concurrency: number; callsModel?: boolean }, settings: JobConcurrency): number {
  return handler.callsModel ? modelJobCap(handler.type, settings) : (settings.perType[handler.type] ?? handler.concurrency);
}
