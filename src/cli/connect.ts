import { readFile } from "node:fs/promises";
import path from "node:path";
import { startSwitchboard, type Switchboard } from "../app.ts";
import type { Config } from "../config.ts";
import { createLogger } from "../observability/logger.ts";
import { createSwitchboardClient, type SwitchboardClient } from "./switchboard-client.ts";

export interface Connection {
  client: SwitchboardClient;
  /** The embedded instance this command started, if no server was running. */
  embedded?: Switchboard;
  close(): Promise<void>;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Connects a CLI command to Switchboard: to the server already running on this data directory if
 * there is one (an embedded database must not be opened twice), else to an instance started
 * in-process on a random local port. Either way the command speaks the public HTTP API.
 */
export async function connect(config: Config): Promise<Connection> {
  try {
    const running = JSON.parse(await readFile(path.join(config.dataDir, "server.json"), "utf8")) as { pid: number; url: string };
    if (running.pid !== process.pid && isAlive(running.pid)) {
      const adminToken = config.adminToken ?? (await readFile(path.join(config.dataDir, "secrets", "admin-token"), "utf8")).trim();
      return { client: createSwitchboardClient(running.url, adminToken), close: async () => {} };
    }
  } catch {
    // No server running on this data directory.
  }
  const embedded = await startSwitchboard({ ...config, host: "127.0.0.1", port: 0 }, { loadSamples: false, logger: createLogger(process.env.SWITCHBOARD_LOG_LEVEL ?? "warn") });
  return { client: createSwitchboardClient(embedded.url!, embedded.adminToken), embedded, close: () => embedded.close() };
}
