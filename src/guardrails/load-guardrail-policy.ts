import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { GuardrailPolicyError, parseGuardrailPolicy } from "./policy.ts";
import type { GuardrailPolicy } from "./policy.ts";

/** Reads a guardrail policy from a JSON or YAML file and validates it. */
export async function loadGuardrailPolicy(path: string): Promise<GuardrailPolicy> {
  const text = await readFile(path, "utf8");
  return parseGuardrailPolicyText(text, path);
}

/** Parses policy text; YAML unless the origin ends in `.json` (YAML is a superset of JSON anyway). */
export function parseGuardrailPolicyText(text: string, origin: string): GuardrailPolicy {
  let value: unknown;
  try {
    value = extname(origin).toLowerCase() === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GuardrailPolicyError(origin, [`cannot parse file: ${reason}`]);
  }
  return parseGuardrailPolicy(value, origin);
}
