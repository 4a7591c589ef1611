import { isDeepStrictEqual } from "node:util";

/** The top-level keys whose values differ between two documents, sorted; the audit log's short summary of a change. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { "(root)": value });
  const left = asRecord(before);
  const right = asRecord(after);
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => !isDeepStrictEqual(left[key], right[key])).sort();
}
