import { anonymize } from "./anonymize.ts";
import type { Finding } from "./types.ts";

/**
 * The text to store for a checked message: every sensitive span the policy acted on, anonymized or
 * blocked, becomes its `{TYPE}` placeholder, so a blocked card number is kept out of transcripts and
 * logs while the rest of the message stays readable for agents.
 */
export function redactForStorage(text: string, findings: readonly Finding[]): string {
  const sensitive = findings
    .filter((finding) => (finding.category === "PII" || finding.category === "REGEX") && finding.action !== "NONE")
    .map((finding) => ({ ...finding, action: "ANONYMIZED" as const }));
  return anonymize(text, sensitive);
}
