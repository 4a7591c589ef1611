import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { defaultRoutingPolicy } from "./default-routing-policy.ts";
import type { ModelTask } from "./model-gateway.ts";
import { routingPolicySchema, type RoutingPolicy } from "./routing-policy.ts";

/** Settings from the environment that win over the policy file. */
export interface RoutingOverrides {
  /** Model chains per task (`SWITCHBOARD_MODEL_<TASK>`). */
  chains?: Partial<Record<ModelTask, string[]>>;
  dailyBudgetUsd?: number;
}

export class RoutingPolicyError extends Error {
  override name = "RoutingPolicyError";
}

/** Merges a (partial) policy document and the overrides over the defaults, then validates the result. */
export function parseRoutingPolicy(document: unknown = {}, overrides: RoutingOverrides = {}): RoutingPolicy {
  const merged = mergeDocuments(defaultRoutingPolicy, document) as typeof defaultRoutingPolicy & { budget: { dailyUsd?: number } };
  for (const [task, models] of Object.entries(overrides.chains ?? {})) {
    if (models?.length) merged.tasks[task as ModelTask] = { ...merged.tasks[task as ModelTask], models };
  }
  if (overrides.dailyBudgetUsd !== undefined) merged.budget = { ...merged.budget, dailyUsd: overrides.dailyBudgetUsd };
  const parsed = routingPolicySchema.safeParse(merged);
  if (!parsed.success) {
    throw new RoutingPolicyError(`Invalid routing policy:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  }
  return parsed.data;
}

/** Reads a JSON or YAML policy file (or none) and applies the overrides. */
export async function loadRoutingPolicy(file: string | undefined, overrides: RoutingOverrides = {}): Promise<RoutingPolicy> {
  if (!file) return parseRoutingPolicy({}, overrides);
  const text = await readFile(file, "utf8");
  let document: unknown;
  try {
    document = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new RoutingPolicyError(`Routing policy ${file} is not valid ${/\.json$/i.test(file) ? "JSON" : "YAML"}: ${(error as Error).message}`);
  }
  return parseRoutingPolicy(document ?? {}, overrides);
}

/** Objects merge key by key; arrays and scalars of the override replace the base. */
function mergeDocuments(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeDocuments(base[key], value);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
