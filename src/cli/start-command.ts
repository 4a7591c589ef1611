import { startSwitchboard } from "../app.ts";
import type { Config } from "../config.ts";

/** `switchboard start`: API, workers and (embedded) the local Bedrock endpoint, until Ctrl-C. */
export async function startCommand(config: Config): Promise<void> {
  const switchboard = await startSwitchboard(config);
  const lines = [
    "",
    "Switchboard is running.",
    `  Chat page:    ${switchboard.url}/`,
    `  API:          ${switchboard.url}/v1`,
    `  Admin token:  ${switchboard.adminToken}`,
    `  Agent token:  ${switchboard.agentToken}`,
    `  Data:         ${config.databaseUrl ? "PostgreSQL" : config.dataDir}`,
    `  Bedrock:      ${switchboard.localBedrock ? `local endpoint ${switchboard.bedrockEndpoint} (offline, extractive answers)` : switchboard.bedrockEndpoint}`,
  ];
  if (switchboard.sampleDocumentsQueued) lines.push(`  Sample help center: ${switchboard.sampleDocumentsQueued} documents queued for ingestion`);
  lines.push("Press Ctrl-C to stop.", "");
  process.stdout.write(lines.join("\n"));
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      process.stdout.write("\nStopping Switchboard…\n");
      await switchboard.close();
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
