import type { Finding } from "./types.ts";

/**
 * Replaces every ANONYMIZED span with a `{TYPE}` placeholder, as Bedrock does (`{EMAIL}`, `{PHONE}`).
 * Overlapping spans collapse into one placeholder named after the first.
 */
export function anonymize(text: string, findings: readonly Finding[]): string {
  const spans = findings
    .filter((finding) => finding.action === "ANONYMIZED" && finding.end > finding.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let output = "";
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) {
      // Part of the previous placeholder already; just make sure its tail is not left in clear.
      cursor = Math.max(cursor, span.end);
      continue;
    }
    output += `${text.slice(cursor, span.start)}{${span.type}}`;
    cursor = span.end;
  }
  return output + text.slice(cursor);
}
