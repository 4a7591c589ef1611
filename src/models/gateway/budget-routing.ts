import { ModelError } from "../model-port.ts";
import type { BudgetState, ModelTask } from "./model-gateway.ts";
import { resolveModelSettings, type RoutingPolicy } from "./routing-policy.ts";

/**
 * The model chain a task runs on at a budget tier. Below 30 % left, complex answers take the simple
 * chain; below 10 %, the cheapest model of the policy goes first (the task's own chain stays behind
 * it as fallback); with nothing left, answer tasks are refused. Tasks that must not degrade keep
 * their model.
 */
export function chainForBudget(policy: RoutingPolicy, task: ModelTask, tier: BudgetState["tier"]): string[] {
  const settings = policy.tasks[task];
  if (tier === "exhausted" && task.startsWith("answer.")) {
    throw new ModelError("Today's model budget is spent; answers must come from the knowledge base or a person", "BudgetExhausted", false);
  }
  if (settings.onFailure === "wait" || tier === "normal") return settings.models;
  if (tier === "economy") return task === "answer.complex" ? policy.tasks["answer.simple"].models : settings.models;
  return [...new Set([cheapestModel(policy), ...settings.models])];
}

/** The model with the lowest input + output price among all chains of the policy. */
export function cheapestModel(policy: RoutingPolicy): string {
  const models = [...new Set(Object.values(policy.tasks).flatMap((settings) => settings.models))];
  const unitPrice = (model: string) => {
    const { price } = resolveModelSettings(policy, model);
    return price.input + price.output;
  };
  return models.reduce((cheapest, model) => (unitPrice(model) < unitPrice(cheapest) ? model : cheapest));
}
