import { createReplaceableGuardrails } from "../conversation/replaceable-guardrails.ts";
import type { TurnGuardrails } from "../conversation/turn-guardrails.ts";
import type { EscalationPolicy } from "../escalation/escalation-policy.ts";
import type { GuardrailPolicy } from "../guardrails/index.ts";
import type { RoutingPolicy } from "../models/gateway/routing-policy.ts";
import type { SettingsService } from "./settings-service.ts";

/** The part of the model gateway that settings steer. */
export interface RoutingTarget {
  policy(): RoutingPolicy;
  setPolicy(policy: RoutingPolicy): void;
}

/**
 * Puts the current settings in force and keeps them so: a new guardrail policy rebuilds the
 * guardrails behind the object every turn holds; a new escalation policy replaces the fields of
 * the policy object the turn steps read on each message; routing and budget go to the gateway,
 * each keeping the other's part.
 */
export async function applySettingsLive(settings: SettingsService, targets: { guardrails(policy: GuardrailPolicy): TurnGuardrails; gateway: RoutingTarget }) {
  const guardrailPolicy = (await settings.current("guardrail_policy")).value as GuardrailPolicy;
  const replaceable = createReplaceableGuardrails(targets.guardrails(guardrailPolicy));
  settings.subscribe("guardrail_policy", (value) => replaceable.replace(targets.guardrails(value as GuardrailPolicy)));

  const escalationPolicy = { ...((await settings.current("escalation_policy")).value as EscalationPolicy) };
  settings.subscribe("escalation_policy", (value) => Object.assign(escalationPolicy, value as EscalationPolicy));

  const { gateway } = targets;
  const routing = (await settings.current("routing_policy")).value as RoutingPolicy;
  const budget = (await settings.current("budget")).value as RoutingPolicy["budget"];
  gateway.setPolicy({ ...routing, budget });
  settings.subscribe("routing_policy", (value) => gateway.setPolicy({ ...(value as RoutingPolicy), budget: gateway.policy().budget }));
  settings.subscribe("budget", (value) => gateway.setPolicy({ ...gateway.policy(), budget: value as RoutingPolicy["budget"] }));

  return { guardrails: replaceable.guardrails, escalationPolicy };
}
