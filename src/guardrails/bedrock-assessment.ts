import { roundScore } from "./combine-scores.ts";
import { confidenceToScore, scoreToConfidence } from "./filter-strength.ts";
import type { Confidence } from "./filter-strength.ts";
import type { Finding, FindingAction, GuardrailResult } from "./types.ts";

// Shapes of Bedrock Runtime ApplyGuardrail, limited to the fields Switchboard reads or writes.
type PolicyAction = "BLOCKED" | "NONE";

export interface BedrockTopic {
  name: string;
  type: "DENY";
  action: PolicyAction;
  detected?: boolean;
}

export interface BedrockContentFilter {
  type: string;
  confidence: Confidence;
  action: PolicyAction;
  detected?: boolean;
}

export interface BedrockWordMatch {
  match?: string;
  action: PolicyAction;
  detected?: boolean;
}

export interface BedrockPiiEntity {
  match?: string;
  type: string;
  action: FindingAction;
  detected?: boolean;
}

export interface BedrockRegexMatch {
  name?: string;
  match?: string;
  regex?: string;
  action: FindingAction;
  detected?: boolean;
}

export interface BedrockAssessment {
  topicPolicy?: { topics: BedrockTopic[] };
  contentPolicy?: { filters: BedrockContentFilter[] };
  wordPolicy?: {
    customWords?: BedrockWordMatch[];
    managedWordLists?: Array<BedrockWordMatch & { type: "PROFANITY" }>;
  };
  sensitiveInformationPolicy?: { piiEntities?: BedrockPiiEntity[]; regexes?: BedrockRegexMatch[] };
}

export interface BedrockGuardrailUsage {
  topicPolicyUnits: number;
  contentPolicyUnits: number;
  wordPolicyUnits: number;
  sensitiveInformationPolicyUnits: number;
  sensitiveInformationPolicyFreeUnits: number;
  contextualGroundingPolicyUnits: number;
}

export interface BedrockApplyGuardrailResponse {
  action: "NONE" | "GUARDRAIL_INTERVENED";
  outputs: Array<{ text: string }>;
  assessments: BedrockAssessment[];
  usage: BedrockGuardrailUsage;
}

export interface ToBedrockOptions {
  /**
   * The checked text. When given, `match` is filled in for findings that were not blocked, as
   * Bedrock does; a blocked value is never copied into the response.
   */
  text?: string;
}

/** Maps a local result to the ApplyGuardrail response shape (used by the local Bedrock endpoint). */
export function toBedrockApplyGuardrailResponse(
  result: GuardrailResult,
  options: ToBedrockOptions = {},
): BedrockApplyGuardrailResponse {
  const matchOf = (finding: Finding): { match?: string } =>
    options.text !== undefined && finding.action !== "BLOCKED"
      ? { match: options.text.slice(finding.start, finding.end) }
      : {};
  const policyAction = (finding: Finding): PolicyAction => (finding.action === "BLOCKED" ? "BLOCKED" : "NONE");
  const of = (category: Finding["category"]): Finding[] => result.findings.filter((finding) => finding.category === category);

  const assessment: BedrockAssessment = {};
  const topics = of("DENIED_TOPIC");
  if (topics.length > 0) {
    assessment.topicPolicy = {
      topics: topics.map((finding) => ({ name: finding.type, type: "DENY", action: policyAction(finding), detected: true })),
    };
  }
  const filters = [...of("CONTENT"), ...of("PROMPT_ATTACK")];
  if (filters.length > 0) {
    assessment.contentPolicy = {
      filters: filters.map((finding) => ({
        type: finding.type,
        confidence: scoreToConfidence(finding.score),
        action: policyAction(finding),
        detected: true,
      })),
    };
  }
  const words = of("WORDS");
  if (words.length > 0) {
    const toWord = (finding: Finding): BedrockWordMatch => ({
      ...matchOf(finding),
      action: policyAction(finding),
      detected: true,
    });
    assessment.wordPolicy = {
      customWords: words.filter((finding) => finding.type === "CUSTOM_WORD").map(toWord),
      managedWordLists: words
        .filter((finding) => finding.type !== "CUSTOM_WORD")
        .map((finding) => ({ ...toWord(finding), type: "PROFANITY" as const })),
    };
  }
  const pii = of("PII");
  const regexes = of("REGEX");
  if (pii.length > 0 || regexes.length > 0) {
    assessment.sensitiveInformationPolicy = {
      piiEntities: pii.map((finding) => ({ ...matchOf(finding), type: finding.type, action: finding.action, detected: true })),
      regexes: regexes.map((finding) => ({ name: finding.type, ...matchOf(finding), action: finding.action, detected: true })),
    };
  }

  const units = Math.max(1, Math.ceil((options.text ?? result.output).length / 1000));
  return {
    action: result.action === "NONE" ? "NONE" : "GUARDRAIL_INTERVENED",
    // Bedrock returns no outputs when it did not intervene.
    outputs: result.action === "NONE" ? [] : [{ text: result.output }],
    assessments: Object.keys(assessment).length > 0 ? [assessment] : [],
    usage: {
      topicPolicyUnits: units,
      contentPolicyUnits: units,
      wordPolicyUnits: units,
      sensitiveInformationPolicyUnits: units,
      sensitiveInformationPolicyFreeUnits: 0,
      contextualGroundingPolicyUnits: 0,
    },
  };
}

/**
 * Reads findings from Bedrock assessments (used by the Bedrock Guardrails adapter). Bedrock reports
 * matched text, not offsets: given the checked text, each match is located to recover its span
 * (0–0 when it cannot be found). The matched text itself is dropped, whatever the action.
 */
export function findingsFromAssessments(assessments: readonly BedrockAssessment[], text?: string): Finding[] {
  const findings: Finding[] = [];
  const locate = createLocator(text);
  const wholeText = { start: 0, end: text?.length ?? 0 };
  const detected = (item: { action: string; detected?: boolean }): boolean => item.action !== "NONE" || item.detected === true;

  for (const assessment of assessments) {
    for (const topic of assessment.topicPolicy?.topics ?? []) {
      if (!detected(topic)) continue;
      findings.push({ type: topic.name, category: "DENIED_TOPIC", ...wholeText, score: 0.9, action: toAction(topic.action) });
    }
    for (const filter of assessment.contentPolicy?.filters ?? []) {
      if (!detected(filter)) continue;
      const category = filter.type === "PROMPT_ATTACK" ? "PROMPT_ATTACK" : "CONTENT";
      const score = confidenceToScore(filter.confidence);
      findings.push({ type: filter.type, category, ...wholeText, score, action: toAction(filter.action) });
    }
    for (const word of assessment.wordPolicy?.customWords ?? []) {
      if (!detected(word)) continue;
      findings.push({ type: "CUSTOM_WORD", category: "WORDS", ...locate(word.match), score: 1, action: toAction(word.action) });
    }
    for (const word of assessment.wordPolicy?.managedWordLists ?? []) {
      if (!detected(word)) continue;
      findings.push({ type: word.type, category: "WORDS", ...locate(word.match), score: 1, action: toAction(word.action) });
    }
    for (const entity of assessment.sensitiveInformationPolicy?.piiEntities ?? []) {
      if (!detected(entity)) continue;
      findings.push({ type: entity.type, category: "PII", ...locate(entity.match), score: 1, action: toAction(entity.action) });
    }
    for (const regex of assessment.sensitiveInformationPolicy?.regexes ?? []) {
      if (!detected(regex)) continue;
      const type = regex.name ?? "REGEX";
      findings.push({ type, category: "REGEX", ...locate(regex.match), score: 1, action: toAction(regex.action) });
    }
  }
  return findings.map((finding) => ({ ...finding, score: roundScore(finding.score) }));
}

function toAction(action: string): FindingAction {
  return action === "BLOCKED" || action === "ANONYMIZED" ? action : "NONE";
}

/** Finds successive occurrences of matched values, so a value reported twice maps to two spans. */
function createLocator(text: string | undefined): (match: string | undefined) => { start: number; end: number } {
  const used = new Map<string, number>();
  return (match) => {
    if (text === undefined || match === undefined || match.length === 0) return { start: 0, end: 0 };
    const from = used.get(match) ?? 0;
    const start = text.indexOf(match, from);
    if (start < 0) return { start: 0, end: 0 };
    used.set(match, start + match.length);
    return { start, end: start + match.length };
  };
}
