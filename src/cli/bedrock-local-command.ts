import { startLocalBedrock } from "../bedrock-local/server.ts";
import { createLogger } from "../observability/logger.ts";
import { runUntilSignal } from "./run-until-signal.ts";

/** `switchboard bedrock-local --port N`: the local Bedrock endpoint on its own, until Ctrl-C. */
export async function bedrockLocalCommand(options: { port: number; host: string; firstTokenMs?: number; perTokenMs?: number }): Promise<void> {
  const server = await startLocalBedrock({
    host: options.host,
    port: options.port,
    latency: { firstTokenMs: options.firstTokenMs, perTokenMs: options.perTokenMs },
    logger: createLogger(process.env.SWITCHBOARD_LOG_LEVEL ?? "info"),
  });
  process.stdout.write(`Local Bedrock endpoint listening on ${server.url}\nPoint an AWS SDK client at it with endpoint: "${server.url}" and any credentials.\n`);
  await runUntilSignal(() => server.close());
}
