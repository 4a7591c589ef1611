// Public surface of the local guardrail engine; everything else in this folder is internal.
export { createGuardrailEngine } from "./engine.ts";
export { createStreamGuard } from "./stream-guard.ts";
export type { StreamGuard, StreamGuardOptions, StreamGuardStep } from "./stream-guard.ts";
export { defaultGuardrailPolicy } from "./default-guardrail-policy.ts";
export { GuardrailPolicyError, guardrailPolicySchema, parseGuardrailPolicy } from "./policy.ts";
export type {
  ContentFilterType,
  EntityAction,
  FilterStrength,
  GuardrailPolicy,
  GuardrailPolicyInput,
  SensitiveEntityType,
} from "./policy.ts";
export { loadGuardrailPolicy, parseGuardrailPolicyText } from "./load-guardrail-policy.ts";
export { findingsFromAssessments, toBedrockApplyGuardrailResponse } from "./bedrock-assessment.ts";
export type { BedrockApplyGuardrailResponse, BedrockAssessment, BedrockGuardrailUsage } from "./bedrock-assessment.ts";
export { evaluateGuardrails } from "./evaluate-guardrails.ts";
export type { CategoryScore, GuardrailCaseFailure, GuardrailEvaluation } from "./evaluate-guardrails.ts";
export { guardrailCaseSchema, parseGuardrailCases } from "./guardrail-case.ts";
export type { GuardrailCase } from "./guardrail-case.ts";
export type {
  Finding,
  FindingAction,
  FindingCategory,
  GuardrailAction,
  GuardrailCheckOptions,
  GuardrailEngine,
  GuardrailLanguage,
  GuardrailResult,
  GuardrailSource,
} from "./types.ts";
export { redactForStorage } from "./redact-for-storage.ts";
