import { anonymize } from "./anonymize.ts";
import { roundScore } from "./combine-scores.ts";
import { compileCustomRegex } from "./compile-custom-regex.ts";
import type { ContentCategory } from "./content-lexicon.ts";
import { detectPromptAttack } from "./detect-prompt-attack.ts";
import { strengthThreshold } from "./filter-strength.ts";
import { toGuardrailLanguage } from "./language.ts";
import { createTopicMatcher } from "./match-denied-topics.ts";
import { createWordMatcher } from "./match-words.ts";
import type { EntityAction, GuardrailPolicy, SensitiveEntityType } from "./policy.ts";
import { recognizeCustomRegexes } from "./recognize-custom-regexes.ts";
import { recognizeSensitiveInformation } from "./recognize-sensitive-information.ts";
import { scoreContentFilters } from "./score-content-filters.ts";
import type {
  Detection,
  Finding,
  FindingAction,
  GuardrailCheckOptions,
  GuardrailEngine,
  GuardrailSource,
} from "./types.ts";

const findingActions: Record<EntityAction, FindingAction> = { ANONYMIZE: "ANONYMIZED", BLOCK: "BLOCKED", NONE: "NONE" };

/** Builds the local guardrail engine for a validated policy; `check` is pure and synchronous. */
export function createGuardrailEngine(policy: GuardrailPolicy): GuardrailEngine {
  const entityActions = new Map<SensitiveEntityType, EntityAction>(
    policy.sensitiveInformation.entities.map((entity) => [entity.type, entity.action]),
  );
  const entityTypes = new Set(entityActions.keys());
  const regexes = policy.sensitiveInformation.regexes.map((regex) => ({
    compiled: { name: regex.name, pattern: compileCustomRegex(regex.pattern) },
    action: findingActions[regex.action],
  }));
  const words = createWordMatcher(policy.words.custom, policy.words.managedProfanity);
  const topics = createTopicMatcher(policy.deniedTopics);
  const thresholds = (source: GuardrailSource): Map<string, number> => {
    const bySource = new Map<string, number>();
    for (const filter of policy.contentFilters) {
      const threshold = strengthThreshold(source === "INPUT" ? filter.inputStrength : filter.outputStrength);
      if (Number.isFinite(threshold)) bySource.set(filter.type, threshold);
    }
    return bySource;
  };
  const thresholdsBySource = { INPUT: thresholds("INPUT"), OUTPUT: thresholds("OUTPUT") };

  function collect(text: string, options: GuardrailCheckOptions): Finding[] {
    const language = toGuardrailLanguage(options.language);
    const findings: Finding[] = [];
    const add = (detection: Detection, action: FindingAction): void => {
      findings.push({ ...detection, score: roundScore(detection.score), action });
    };

    for (const detection of recognizeSensitiveInformation(text, entityTypes, language)) {
      add(detection, findingActions[entityActions.get(detection.type as SensitiveEntityType) ?? "NONE"]);
    }
    // One regex at a time: names need not be unique, and each regex keeps its own action.
    for (const regex of regexes) {
      for (const detection of recognizeCustomRegexes(text, [regex.compiled])) add(detection, regex.action);
    }

    const sourceThresholds = thresholdsBySource[options.source];
    // Bedrock applies the prompt-attack filter to user input only; model output cannot attack itself.
    const promptAttackThreshold = sourceThresholds.get("PROMPT_ATTACK");
    if (options.source === "INPUT" && promptAttackThreshold !== undefined) {
      const attack = detectPromptAttack(text);
      if (attack && attack.score >= promptAttackThreshold) add(attack, "BLOCKED");
    }
    const contentCategories = [...sourceThresholds.keys()].filter(
      (type): type is ContentCategory => type !== "PROMPT_ATTACK",
    );
    for (const detection of scoreContentFilters(text, contentCategories)) {
      const threshold = sourceThresholds.get(detection.type) ?? Number.POSITIVE_INFINITY;
      if (detection.score >= threshold) add(detection, "BLOCKED");
    }
    for (const detection of topics.match(text)) add(detection, "BLOCKED");
    for (const detection of words.match(text)) add(detection, "BLOCKED");
    return findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  return {
    check(text, options) {
      const findings = text.trim().length === 0 ? [] : collect(text, options);
      if (findings.some((finding) => finding.action === "BLOCKED")) {
        const language = toGuardrailLanguage(options.language);
        const messages = options.source === "INPUT" ? policy.messages.blockedInput : policy.messages.blockedOutput;
        const blockedMessage = messages[language] ?? messages.en;
        return { action: "BLOCKED", output: blockedMessage, findings, blockedMessage };
      }
      if (findings.some((finding) => finding.action === "ANONYMIZED")) {
        return { action: "ANONYMIZED", output: anonymize(text, findings), findings };
      }
      return { action: "NONE", output: text, findings };
    },
  } satisfies GuardrailEngine;
}
