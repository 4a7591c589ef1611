import PgBoss from "pg-boss";
import type { Database, Queryable } from "../storage/database.ts";
import type { Queue } from "./queue.ts";

interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** pg-boss's one database seam, over Switchboard's: scripts without parameters run as multi-statement exec. */
function toExecutor(db: Database | Queryable): SqlExecutor {
  return {
    async executeSql(text, values) {
      if ((!values || values.length === 0) && "exec" in db) return db.exec(text);
      return db.query(text, values ?? []);
    },
  };
}

/** A Queue on pg-boss, on the same database as everything else (PGlite or PostgreSQL). */
export function createPgBossQueue(db: Database, options: { pollingIntervalSeconds?: number } = {}): Queue {
  const boss = new PgBoss({ db: toExecutor(db), schema: "pgboss", supervise: true, schedule: false });
  const declared = new Set<string>();
  const assertDeclared = (name: string) => {
    if (!declared.has(name)) throw new Error(`Job type ${name} was not declared when the queue started`);
  };
  return {
    transactionalSend: true,
    async start(jobTypes) {
      await boss.start();
      // Declared up front: creating a queue inside a caller's transaction would wait on that transaction.
      for (const name of jobTypes) {
        await createQueueRetryingDeadlocks(boss, name);
        declared.add(name);
      }
    },
    async send(type, payload, sendOptions) {
      assertDeclared(type);
      await boss.send(type, payload, {
        id: sendOptions.id,
        retryLimit: sendOptions.retryLimit ?? 3,
        retryDelay: sendOptions.retryDelaySeconds ?? 1,
        retryBackoff: true,
        // The lease: a job whose worker died is delivered again after this long.
        expireInSeconds: sendOptions.leaseSeconds ?? 600,
        db: sendOptions.transaction ? toExecutor(sendOptions.transaction) : undefined,
      } as PgBoss.SendOptions);
    },
    async work(type, workOptions, handler) {
      assertDeclared(type);
      // One polling worker per concurrency slot, each taking one job at a time.
      for (let slot = 0; slot < workOptions.concurrency; slot++) {
        await boss.work<Record<string, unknown>>(
          type,
          { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 },
          async ([job]) => handler({ id: job.id, type, payload: job.data ?? {} }),
        );
      }
    },
    async stop(stopOptions) {
      await boss.stop({ graceful: true, wait: true, timeout: stopOptions?.graceMs ?? 10_000 });
    },
  };
}

/** Several nodes starting at once can deadlock inside pg-boss's createQueue; the loser simply tries again. */
async function createQueueRetryingDeadlocks(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name);
      return;
    } catch (error) {
      if (attempt >= 5 || !/deadlock detected/i.test(error instanceof Error ? error.message : "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
