import { z } from "zod";
import { localBedrockEnvironmentShape, localBedrockOptions, readLocalBedrockSettings } from "../bedrock-local/local-bedrock-settings.ts";
import { startLocalBedrock } from "../bedrock-local/server.ts";
import type { LocalBedrockOptions } from "../bedrock-local/server.ts";
import { createLogger } from "../observability/logger.ts";
import { runUntilSignal } from "./run-until-signal.ts";

/** Flags of `switchboard bedrock-local`; each falls back to its SWITCHBOARD_LOCAL_BEDROCK_* variable. */
export interface BedrockLocalFlags {
  port: number;
  host: string;
  firstTokenMs?: number;
  perTokenMs?: number;
  latencyProfile?: string;
  faults?: string;
  forward?: string;
  forwardModel?: string;
}

// Flags win over the environment; both go through the same validation as `switchboard start`.
function endpointOptions(flags: BedrockLocalFlags): Pick<LocalBedrockOptions, "latency" | "faults" | "forward"> {
  const environment = z.object(localBedrockEnvironmentShape).safeParse({
    ...process.env,
    ...(flags.latencyProfile === undefined ? {} : { SWITCHBOARD_LOCAL_BEDROCK_LATENCY: flags.latencyProfile }),
    ...(flags.faults === undefined ? {} : { SWITCHBOARD_LOCAL_BEDROCK_FAULTS: flags.faults }),
    ...(flags.forward === undefined ? {} : { SWITCHBOARD_LOCAL_BEDROCK_FORWARD_URL: flags.forward }),
    ...(flags.forwardModel === undefined ? {} : { SWITCHBOARD_LOCAL_BEDROCK_FORWARD_MODEL: flags.forwardModel }),
  });
  if (!environment.success) throw new Error(`Invalid bedrock-local options:\n${z.prettifyError(environment.error)}`);
  const settings = readLocalBedrockSettings(environment.data);
  if (typeof settings === "string") throw new Error(`Invalid bedrock-local options: ${settings}`);
  const options = localBedrockOptions(settings);
  if (flags.firstTokenMs !== undefined || flags.perTokenMs !== undefined) {
    options.latency = { firstTokenMs: flags.firstTokenMs, perTokenMs: flags.perTokenMs };
  }
  return options;
}

/** `switchboard bedrock-local --port N`: the local Bedrock endpoint on its own, until Ctrl-C. */
export async function bedrockLocalCommand(flags: BedrockLocalFlags): Promise<void> {
  const server = await startLocalBedrock({
    host: flags.host,
    port: flags.port,
    ...endpointOptions(flags),
    logger: createLogger(process.env.SWITCHBOARD_LOG_LEVEL ?? "info"),
  });
  const rules = server.faults().rules.length;
  process.stdout.write(
    `Local Bedrock endpoint listening on ${server.url}\n` +
      `Point an AWS SDK client at it with endpoint: "${server.url}" and any credentials.\n` +
      `Faults: ${rules} rule${rules === 1 ? "" : "s"} (change them with PUT ${server.url}/_local/faults); stats at ${server.url}/_local/stats\n`,
  );
  await runUntilSignal(() => server.close());
}
