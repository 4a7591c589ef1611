import { describe, expect, it } from "vitest";
import { findingsFromAssessments, toBedrockApplyGuardrailResponse } from "./bedrock-assessment.ts";
import type { BedrockAssessment } from "./bedrock-assessment.ts";
import { defaultGuardrailPolicy } from "./default-guardrail-policy.ts";
import { createGuardrailEngine } from "./engine.ts";

const engine = createGuardrailEngine(defaultGuardrailPolicy);

describe("toBedrockApplyGuardrailResponse", () => {
  it("reports anonymization as an intervention with matches", () => {
    const text = "mail jane@example.com";
    const response = toBedrockApplyGuardrailResponse(engine.check(text, { source: "INPUT" }), { text });
    expect(response.action).toBe("GUARDRAIL_INTERVENED");
    expect(response.outputs).toEqual([{ text: "mail {EMAIL}" }]);
    expect(response.assessments[0].sensitiveInformationPolicy?.piiEntities).toEqual([
      { match: "jane@example.com", type: "EMAIL", action: "ANONYMIZED", detected: true },
    ]);
    expect(response.usage.sensitiveInformationPolicyUnits).toBe(1);
  });

  it("never copies a blocked value and fills every policy that acted", () => {
    const text = "You idiot, card 4111 1111 1111 1111. Is Amazon cheaper than you?";
    const response = toBedrockApplyGuardrailResponse(engine.check(text, { source: "INPUT" }), { text });
    expect(JSON.stringify(response)).not.toContain("4111");
    const [assessment] = response.assessments;
    expect(assessment.topicPolicy?.topics).toEqual([
      { name: "competitor-comparison", type: "DENY", action: "BLOCKED", detected: true },
    ]);
    expect(assessment.contentPolicy?.filters[0]).toMatchObject({ type: "INSULTS", action: "BLOCKED" });
    expect(response.outputs[0].text).toBe(defaultGuardrailPolicy.messages.blockedInput.en);
  });

  it("returns no outputs when nothing happened", () => {
    const response = toBedrockApplyGuardrailResponse(engine.check("hello", { source: "INPUT" }));
    expect(response).toMatchObject({ action: "NONE", outputs: [], assessments: [] });
  });
});

describe("findingsFromAssessments", () => {
  const text = "mail a@b.co, card 4111111111111111, then a@b.co again";
  const assessments: BedrockAssessment[] = [
    {
      topicPolicy: { topics: [{ name: "legal-advice", type: "DENY", action: "BLOCKED" }] },
      contentPolicy: {
        filters: [
          { type: "PROMPT_ATTACK", confidence: "HIGH", action: "BLOCKED" },
          { type: "HATE", confidence: "NONE", action: "NONE" },
        ],
      },
      wordPolicy: { managedWordLists: [{ match: "damn", type: "PROFANITY", action: "BLOCKED" }] },
      sensitiveInformationPolicy: {
        piiEntities: [
          { match: "a@b.co", type: "EMAIL", action: "ANONYMIZED" },
          { match: "4111111111111111", type: "CREDIT_DEBIT_CARD_NUMBER", action: "BLOCKED" },
          { match: "a@b.co", type: "EMAIL", action: "ANONYMIZED" },
        ],
        regexes: [{ name: "REF", match: "then", action: "NONE", detected: true }],
      },
    },
  ];
  const findings = findingsFromAssessments(assessments, text);

  it("recovers spans from matches and drops the matched text", () => {
    expect(JSON.stringify(findings)).not.toContain("4111");
    expect(JSON.stringify(findings)).not.toContain("a@b.co");
    const emails = findings.filter((finding) => finding.type === "EMAIL");
    expect(emails.map((finding) => text.slice(finding.start, finding.end))).toEqual(["a@b.co", "a@b.co"]);
    expect(emails[0].start).not.toBe(emails[1].start);
    const card = findings.find((finding) => finding.type === "CREDIT_DEBIT_CARD_NUMBER");
    expect(card && text.slice(card.start, card.end)).toBe("4111111111111111");
  });

  it("maps categories and skips filters that detected nothing", () => {
    expect(findings.map((finding) => `${finding.category}/${finding.type}/${finding.action}`)).toEqual([
      "DENIED_TOPIC/legal-advice/BLOCKED",
      "PROMPT_ATTACK/PROMPT_ATTACK/BLOCKED",
      "WORDS/PROFANITY/BLOCKED",
      "PII/EMAIL/ANONYMIZED",
      "PII/CREDIT_DEBIT_CARD_NUMBER/BLOCKED",
      "PII/EMAIL/ANONYMIZED",
      "REGEX/REF/NONE",
    ]);
    expect(findings[1].score).toBe(0.9);
  });

  it("uses an empty span when the text is not available", () => {
    const [finding] = findingsFromAssessments([{ sensitiveInformationPolicy: { piiEntities: [{ match: "x", type: "EMAIL", action: "BLOCKED" }] } }]);
    expect(finding).toEqual({ type: "EMAIL", category: "PII", start: 0, end: 0, score: 1, action: "BLOCKED" });
  });
});
