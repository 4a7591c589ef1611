import { z } from "zod";
import { optionalText } from "../optional-text.ts";
import { readFaultSpecSetting } from "./fault-spec.ts";
import type { FaultSpec } from "./fault-spec.ts";
import { forwardModelsSchema } from "./forward-settings.ts";
import type { ForwardSettings } from "./forward-settings.ts";
import { latencySettingSchema } from "./latency-profile.ts";
import type { LatencySetting } from "./latency-profile.ts";
import type { LocalBedrockOptions } from "./server.ts";

/** The environment variables of the local Bedrock endpoint, for the config schema. */
export const localBedrockEnvironmentShape = {
  /** Fault spec: JSON, or `@file.json`. */
  SWITCHBOARD_LOCAL_BEDROCK_FAULTS: optionalText,
  /** `none`, `realistic` or `<firstTokenMs>/<perTokenMs>`. */
  SWITCHBOARD_LOCAL_BEDROCK_LATENCY: optionalText.pipe(latencySettingSchema.optional()),
  SWITCHBOARD_LOCAL_BEDROCK_FORWARD_URL: optionalText.pipe(z.url().optional()),
  /** `name`, or `glob=name,glob=name`. */
  SWITCHBOARD_LOCAL_BEDROCK_FORWARD_MODEL: optionalText.pipe(forwardModelsSchema.optional()),
  SWITCHBOARD_LOCAL_BEDROCK_FORWARD_API_KEY: optionalText,
};

type LocalBedrockEnvironment = z.infer<z.ZodObject<typeof localBedrockEnvironmentShape>>;

/** How the in-process local Bedrock endpoint behaves: latency, faults, forwarding. */
export interface LocalBedrockSettings {
  latency?: LatencySetting;
  faults?: FaultSpec;
  forward?: ForwardSettings;
}

/** The settings from the parsed environment, or a message saying what is wrong. */
export function readLocalBedrockSettings(env: LocalBedrockEnvironment): LocalBedrockSettings | string {
  let faults: FaultSpec | undefined;
  try {
    faults = env.SWITCHBOARD_LOCAL_BEDROCK_FAULTS === undefined ? undefined : readFaultSpecSetting(env.SWITCHBOARD_LOCAL_BEDROCK_FAULTS);
  } catch (error) {
    return `SWITCHBOARD_LOCAL_BEDROCK_FAULTS: ${(error as Error).message}`;
  }
  if (env.SWITCHBOARD_LOCAL_BEDROCK_FORWARD_MODEL && !env.SWITCHBOARD_LOCAL_BEDROCK_FORWARD_URL) {
    return "SWITCHBOARD_LOCAL_BEDROCK_FORWARD_MODEL: needs SWITCHBOARD_LOCAL_BEDROCK_FORWARD_URL";
  }
  const forwardUrl = env.SWITCHBOARD_LOCAL_BEDROCK_FORWARD_URL;
  return {
    latency: env.SWITCHBOARD_LOCAL_BEDROCK_LATENCY,
    faults,
    forward: forwardUrl
      ? { url: forwardUrl, models: env.SWITCHBOARD_LOCAL_BEDROCK_FORWARD_MODEL, apiKey: env.SWITCHBOARD_LOCAL_BEDROCK_FORWARD_API_KEY }
      : undefined,
  };
}

/** The settings as options of `startLocalBedrock`. */
export function localBedrockOptions(settings: LocalBedrockSettings): Pick<LocalBedrockOptions, "latency" | "faults" | "forward"> {
  const { latency } = settings;
  return {
    latency: latency?.kind === "realistic" ? "realistic" : latency,
    faults: settings.faults,
    forward: settings.forward,
  };
}
