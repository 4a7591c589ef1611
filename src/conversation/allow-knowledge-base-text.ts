import { redactForStorage, type GuardrailEngine } from "../guardrails/index.ts";

const squeeze = (text: string) => text.replace(/\s+/g, " ");

// Number-shaped entities only: phone recognition also fires on size charts and price tables, and
// a help center's own phone numbers are public. E-mail addresses stay anonymized even when quoted.
const publicWhenQuoted = new Set(["PHONE"]);

/**
 * The output guardrail protects customers' personal data, not the help center's own numbers: an
 * anonymized phone-number match (a support line, a size-chart range that looks like one) quoted
 * verbatim from the retrieved sources is let through. Blocks are never relaxed.
 */
export function allowKnowledgeBaseText(engine: GuardrailEngine, sourceTexts: string[]): GuardrailEngine {
  const corpus = squeeze(sourceTexts.join("\n"));
  return {
    check(text, options) {
      const result = engine.check(text, options);
      if (result.action !== "ANONYMIZED") return result;
      const findings = result.findings.filter((finding) => !(finding.action === "ANONYMIZED" && publicWhenQuoted.has(finding.type) && corpus.includes(squeeze(text.slice(finding.start, finding.end)))));
      if (findings.length === result.findings.length) return result;
      if (findings.length === 0) return { action: "NONE", output: text, findings: [] };
      return { ...result, output: redactForStorage(text, findings), findings };
    },
  };
}
