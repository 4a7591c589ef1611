import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { isConnectionLost } from "./connection-lost.ts";
import type { Database, QueryResult, Queryable } from "./database.ts";

// Waits before each further try of a statement whose connection was lost: long enough to ride out
// a terminated backend or a failover, short enough that a server that is really down surfaces.
const reconnectDelaysMs = [50, 250, 1000, 2500];

/**
 * Runs `attempt` again on a fresh connection while the last one was lost. A statement outside a
 * transaction that died with its connection did not commit (a crash between commit and answer
 * aside); callers already live with at-least-once, as job handlers are idempotent.
 */
async function reconnecting<T>(attempt: () => Promise<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (retry >= reconnectDelaysMs.length || !isConnectionLost(error)) throw error;
      await sleep(reconnectDelaysMs[retry]);
    }
  }
}

/** Opens a node-postgres pool behind the `Database` seam. */
export function openPostgresDatabase(connectionString: string, options: { maxConnections?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
  // An idle client losing its server (a restart) must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const run = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]): Promise<QueryResult<Row>> => {
    const result = await client.query(sql, params as unknown[] | undefined);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };
  return {
    kind: "postgres",
    query: (sql, params) => reconnecting(() => run(pool, sql, params)),
    exec: (sql) =>
      reconnecting(async () => {
        // A multi-statement script answers one result per statement; a single one, just it.
        const results = (await pool.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
        const last = Array.isArray(results) ? results[results.length - 1] : results;
        return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
      }),
    async transaction(work) {
      // Only getting a connection and BEGIN are tried again: once `work` ran, its effects may not be repeatable.
      const client = await reconnecting(async () => {
        const connected = await pool.connect();
        try {
          await connected.query("BEGIN");
          return connected;
        } catch (error) {
          connected.release(error as Error);
          throw error;
        }
      });
      // A checked-out client has no listener of the pool's: without this one, its connection dying
      // between two statements would be an uncaught "error" event. The next statement fails anyway.
      let failure: unknown;
      const onLost = (error: Error) => (failure ??= error);
      client.on("error", onLost);
      try {
        const tx: Queryable = { query: (sql, params) => run(client, sql, params) };
        const result = await work(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        failure ??= error;
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.off("error", onLost);
        // A client whose connection died is destroyed rather than handed to the next caller.
        client.release(isConnectionLost(failure) ? (failure as Error) : undefined);
      }
    },
    close: () => pool.end(),
  };
}
