/** Which side of the model a text comes from. */
export type GuardrailSource = "INPUT" | "OUTPUT";

/** Languages the guardrails ship patterns and messages for. */
export type GuardrailLanguage = "en" | "es" | "fr" | "de" | "zh";

export type FindingCategory = "PII" | "PROMPT_ATTACK" | "DENIED_TOPIC" | "WORDS" | "CONTENT" | "REGEX";

/** What the engine did about a finding (Bedrock's past-tense vocabulary). */
export type FindingAction = "NONE" | "ANONYMIZED" | "BLOCKED";

/**
 * Something a recognizer found, before the policy decides what to do with it.
 * Only the span is kept: the matched text itself never leaves the recognizer.
 */
export interface Detection {
  /** Entity type, topic name, filter type, word list or regex name. */
  type: string;
  category: FindingCategory;
  start: number;
  end: number;
  /** Confidence in [0, 1]. */
  score: number;
}

export interface Finding extends Detection {
  action: FindingAction;
}

export type GuardrailAction = "NONE" | "ANONYMIZED" | "BLOCKED";

export interface GuardrailResult {
  action: GuardrailAction;
  /** The text to pass on: unchanged, anonymized, or the localized blocked message. */
  output: string;
  findings: Finding[];
  blockedMessage?: string;
}

export interface GuardrailCheckOptions {
  source: GuardrailSource;
  /** BCP 47 tag or bare code; anything outside the five shipped languages falls back to English. */
  language?: string;
}

export interface GuardrailEngine {
  check(text: string, options: GuardrailCheckOptions): GuardrailResult;
}
