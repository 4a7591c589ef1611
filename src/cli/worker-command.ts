import { startSwitchboard } from "../app.ts";
import type { Config } from "../config.ts";
import { createLogger } from "../observability/logger.ts";
import { runUntilSignal } from "./run-until-signal.ts";

/**
 * `switchboard worker` (also `start --worker-only`): queue workers only, no HTTP, against the
 * configured database and queue. Several may run against one PostgreSQL database or SQS queue; an
 * embedded data directory is refused while another process holds it.
 */
export async function workerCommand(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const switchboard = await startSwitchboard(config, { http: false, workers: true, loadSamples: false, logger });
  logger.info({ pid: process.pid, queue: config.jobs.queue.kind, database: config.databaseUrl ? "postgresql" : "embedded" }, "worker started");
  await runUntilSignal(async () => {
    logger.info({ graceMs: config.jobs.shutdownGraceMs }, "worker stopping: no new jobs; running jobs may finish within the grace period");
    await switchboard.close();
  });
}
