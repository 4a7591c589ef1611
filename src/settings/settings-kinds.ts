import { escalationPolicySchema } from "../escalation/escalation-policy.ts";
import { guardrailPolicySchema } from "../guardrails/index.ts";
import { routingPolicySchema } from "../models/gateway/routing-policy.ts";
import type { SettingsKind } from "./settings-service.ts";

/** The daily model budget: a document of its own, so a budget change never touches the routing. */
export const budgetSettingsSchema = routingPolicySchema.shape.budget;

/** The settings documents the admin console edits, each starting from what configuration gave. */
export function buildSettingsKinds(initial: { guardrailPolicy: unknown; escalationPolicy: unknown; routingPolicy: unknown; budget: unknown }): Record<string, SettingsKind> {
  return {
    routing_policy: {
      schema: routingPolicySchema,
      initial: initial.routingPolicy,
      description: "Which models serve each task, in fallback order, with timeouts, retries, circuit breaking and quotas (the budget is its own document)",
    },
    budget: {
      schema: budgetSettingsSchema,
      initial: initial.budget,
      description: "The daily model budget in USD; once spent, answers fall back to cheaper handling",
    },
    guardrail_policy: {
      schema: guardrailPolicySchema,
      initial: initial.guardrailPolicy,
      description: "Content filters, denied topics, words, sensitive information and refusal messages, applied to every turn",
    },
    escalation_policy: {
      schema: escalationPolicySchema,
      initial: initial.escalationPolicy,
      description: "Which escalation triggers hand a conversation to a person, and their thresholds",
    },
  };
}
