import { ensureFirstAdmin } from "../accounts/account-service.ts";
import { startSwitchboard } from "../app.ts";
import type { Config } from "../config.ts";
import { runUntilSignal } from "./run-until-signal.ts";

/** `switchboard start [--no-worker]`: API, workers (unless split off) and (embedded) the local Bedrock endpoint, until Ctrl-C. */
export async function startCommand(config: Config, options: { workers: boolean } = { workers: true }): Promise<void> {
  const switchboard = await startSwitchboard(config, { workers: options.workers });
  // Embedded installs start with nobody to sign in as; a cluster's first admin comes from `switchboard users add`.
  const firstAdmin = config.databaseUrl ? undefined : await ensureFirstAdmin(switchboard.db);
  const lines = [
    "",
    "Switchboard is running.",
    `  Chat page:    ${switchboard.url}/`,
    `  API:          ${switchboard.url}/v1`,
    `  Admin token:  ${switchboard.adminToken}`,
    `  Agent token:  ${switchboard.agentToken}`,
    `  Data:         ${config.databaseUrl ? "PostgreSQL" : config.dataDir}`,
    `  Bedrock:      ${switchboard.localBedrock ? `local endpoint ${switchboard.bedrockEndpoint} (offline, extractive answers)` : switchboard.bedrockEndpoint}`,
    `  Workers:      ${options.workers ? `in this process (queue: ${config.jobs.queue.kind})` : `none here; run \`switchboard worker\` (queue: ${config.jobs.queue.kind})`}`,
  ];
  if (firstAdmin) {
    lines.push(`  First admin:  ${firstAdmin.email} / ${firstAdmin.password}  (shown once; sign in at ${switchboard.url}/admin)`);
  }
  if (switchboard.sampleDocumentsQueued) lines.push(`  Sample help center: ${switchboard.sampleDocumentsQueued} documents queued for ingestion`);
  lines.push("Press Ctrl-C to stop.", "");
  process.stdout.write(lines.join("\n"));
  await runUntilSignal(async () => {
    process.stdout.write("\nStopping Switchboard…\n");
    await switchboard.close();
  });
}
