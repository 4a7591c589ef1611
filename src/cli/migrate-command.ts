import path from "node:path";
import { mkdir } from "node:fs/promises";
import type { Config } from "../config.ts";
import { migrate } from "../storage/migrate.ts";
import { openPgliteDatabase } from "../storage/pglite-database.ts";
import { openPostgresDatabase } from "../storage/postgres-database.ts";

/** `switchboard migrate`: applies pending migrations to the configured database and exits. */
export async function migrateCommand(config: Config, options: { json: boolean }): Promise<number> {
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  const db = config.databaseUrl ? openPostgresDatabase(config.databaseUrl) : await openPgliteDatabase(path.join(config.dataDir, "pglite"));
  try {
    const outcome = await migrate(db);
    if (options.json) process.stdout.write(`${JSON.stringify(outcome)}\n`);
    else process.stdout.write(outcome.applied.length ? `Applied: ${outcome.applied.join(", ")}\n` : "Database is up to date.\n");
    return 0;
  } finally {
    await db.close();
  }
}
