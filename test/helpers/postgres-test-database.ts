import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPostgresDatabase } from "../../src/storage/postgres-database.ts";
import type { Database } from "../../src/storage/database.ts";

const adminUrl = process.env.SWITCHBOARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Creates a fresh database on the local PostgreSQL server for one test file; `drop` removes it. */
export async function createPostgresTestDatabase(): Promise<{ db: Database; url: string; drop: () => Promise<void>; terminateConnections: () => Promise<number> }> {
  const name = `switchboard_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgresDatabase(url.toString(), { maxConnections: 4 });
  return {
    db,
    url: url.toString(),
    /** Ends every connection to this database from another session, as a server restart would; answers how many. */
    async terminateConnections() {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ terminated: boolean }>(
          "SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [name],
        );
        return rows.filter((row) => row.terminated).length;
      } finally {
        await admin.end();
      }
    },
    async drop() {
      await db.close().catch(() => {});
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
