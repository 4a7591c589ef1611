import { z } from "zod";
import { modelTasks, type ModelTask } from "./model-gateway.ts";

/** Where the routing policy comes from: a file, and chains per task from the environment. */
export interface RoutingSettings {
  policyFile?: string;
  chains: Partial<Record<ModelTask, string[]>>;
}

const chainList = z
  .string()
  .optional()
  .transform((value) => value?.split(",").map((model) => model.trim()).filter(Boolean))
  .transform((models) => (models?.length ? models : undefined));

/** The routing variables, for the configuration schema: a chain (comma-separated model ids) per task. */
export const routingEnvironmentShape = {
  SWITCHBOARD_ROUTING_POLICY_FILE: z.string().optional().transform((value) => value?.trim() || undefined),
  SWITCHBOARD_MODEL_CLASSIFY: chainList,
  SWITCHBOARD_MODEL_ANSWER_SIMPLE: chainList,
  SWITCHBOARD_MODEL_ANSWER_COMPLEX: chainList,
  SWITCHBOARD_MODEL_SUMMARIZE: chainList,
  SWITCHBOARD_MODEL_SUGGEST_REPLY: chainList,
  SWITCHBOARD_MODEL_EXTRACT: chainList,
  SWITCHBOARD_MODEL_JUDGE: chainList,
};

type RoutingEnvironment = z.infer<z.ZodObject<typeof routingEnvironmentShape>>;

const chainVariables: Record<ModelTask, Exclude<keyof RoutingEnvironment, "SWITCHBOARD_ROUTING_POLICY_FILE">> = {
  classify: "SWITCHBOARD_MODEL_CLASSIFY",
  "answer.simple": "SWITCHBOARD_MODEL_ANSWER_SIMPLE",
  "answer.complex": "SWITCHBOARD_MODEL_ANSWER_COMPLEX",
  summarize: "SWITCHBOARD_MODEL_SUMMARIZE",
  suggest_reply: "SWITCHBOARD_MODEL_SUGGEST_REPLY",
  extract: "SWITCHBOARD_MODEL_EXTRACT",
  judge: "SWITCHBOARD_MODEL_JUDGE",
};

/**
 * Routing settings from parsed variables. `SWITCHBOARD_ANSWER_MODEL`, the single answer model of
 * earlier versions, still sets both answer chains when given, unless their own variables say otherwise.
 */
export function readRoutingSettings(parsed: RoutingEnvironment, raw: NodeJS.ProcessEnv): RoutingSettings {
  const chains: Partial<Record<ModelTask, string[]>> = {};
  const legacyAnswerModel = raw.SWITCHBOARD_ANSWER_MODEL?.trim();
  if (legacyAnswerModel) {
    chains["answer.simple"] = [legacyAnswerModel];
    chains["answer.complex"] = [legacyAnswerModel];
  }
  for (const task of modelTasks) {
    const models = parsed[chainVariables[task]];
    if (models) chains[task] = models;
  }
  return { policyFile: parsed.SWITCHBOARD_ROUTING_POLICY_FILE, chains };
}
