import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import PgBoss from "pg-boss";
import type { Logger } from "../observability/logger.ts";
import type { Database, Queryable } from "../storage/database.ts";
import type { Queue } from "./queue.ts";

interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

const schema = "pgboss";
// pg-boss's own SQL for settling a delivery, to recognise it in the executor (the module has no types).
const plans = createRequire(import.meta.url)("pg-boss/src/plans.js") as { completeJobs(schema: string): string; failJobsById(schema: string): string };
const settlingStatements = new Set([plans.completeJobs(schema), plans.failJobsById(schema)]);

/**
 * pg-boss's one database seam, over Switchboard's: scripts without parameters run as multi-statement exec.
 *
 * pg-boss 10 settles a delivery (complete / fail) without awaiting it, so a database that is gone
 * at that moment would raise an unhandled rejection and end the process. Those statements report
 * their failure here instead: the delivery stays active until its lease expires and is then
 * delivered again, which the job records make harmless.
 */
function toExecutor(db: Database | Queryable, logger?: Logger): SqlExecutor {
  return {
    async executeSql(text, values) {
      if ((!values || values.length === 0) && "exec" in db) return db.exec(text);
      if (!settlingStatements.has(text)) return db.query(text, values ?? []);
      try {
        return await db.query(text, values ?? []);
      } catch (error) {
        logger?.warn({ err: error, queue: values?.[0] }, "could not record a finished delivery; it is delivered again after its lease");
        return { rows: [] };
      }
    },
  };
}

/** What a pg-boss message carries: the Switchboard job id rides in the data, as a retry is a message of its own. */
interface JobData {
  switchboardJobId: string;
  payload: Record<string, unknown>;
}

const isJobData = (data: unknown): data is JobData =>
  typeof data === "object" && data !== null && typeof (data as JobData).switchboardJobId === "string" && typeof (data as JobData).payload === "object";

export interface PgBossQueueOptions {
  /** Where the queue reports database trouble it rides out. */
  logger?: Logger;
  pollingIntervalSeconds?: number;
  /** How long one delivery may run before pg-boss assumes its worker died and delivers it again. Default 600. */
  leaseSeconds?: number;
}

/**
 * A Queue on pg-boss, on the same database as everything else (PGlite or PostgreSQL).
 *
 * pg-boss's own backoff adds jitter to a power of two, so it cannot keep a 1 s, 4 s, 16 s schedule:
 * Switchboard's runner retries by sending a new message with `startAfter` (`resend`), and
 * pg-boss's retries only cover deliveries that ended without an answer (a dead worker's lease).
 */
export function createPgBossQueue(db: Database, options: PgBossQueueOptions = {}): Queue {
  const leaseSeconds = options.leaseSeconds ?? 600;
  const boss = new PgBoss({
    db: toExecutor(db, options.logger),
    schema,
    supervise: true,
    schedule: false,
    // Expired leases are found by this sweep; its default of two minutes would dwarf a short lease.
    maintenanceIntervalSeconds: Math.min(120, Math.max(1, Math.ceil(leaseSeconds / 2))),
  });
  // Without a listener, an EventEmitter throws its "error" events: a poll that lost the database would end the process.
  boss.on("error", (error) => options.logger?.warn({ err: error }, "job queue could not reach the database; it keeps polling"));
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
      const data: JobData = { switchboardJobId: sendOptions.id, payload };
      await boss.send(type, data, {
        // pg-boss keeps one message per id: the first send reuses the job id, which makes sending idempotent.
        id: sendOptions.resend ? randomUUID() : sendOptions.id,
        startAfter: sendOptions.delaySeconds && sendOptions.delaySeconds > 0 ? sendOptions.delaySeconds : undefined,
        retryLimit: sendOptions.retryLimit ?? 3,
        retryDelay: sendOptions.retryDelaySeconds ?? 1,
        retryBackoff: true,
        // The lease: a job whose worker died is delivered again after this long.
        expireInSeconds: sendOptions.leaseSeconds ?? leaseSeconds,
        db: sendOptions.transaction ? toExecutor(sendOptions.transaction) : undefined,
      } as PgBoss.SendOptions);
    },
    async work(type, workOptions, handler) {
      assertDeclared(type);
      // One polling worker per concurrency slot, each taking one job at a time.
      for (let slot = 0; slot < workOptions.concurrency; slot++) {
        let workerId: string | undefined;
        workerId = await boss.work<JobData | Record<string, unknown>>(
          type,
          { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 },
          async ([job]) => {
            try {
              // Messages sent before the job id moved into the data carry the payload alone.
              await handler(isJobData(job.data) ? { id: job.data.switchboardJobId, type, payload: job.data.payload } : { id: job.id, type, payload: job.data ?? {} });
            } finally {
              // pg-boss waits out the polling interval even after a fetch that found a job, which caps a
              // slot at one job per interval; a slot that just had one looks for the next at once.
              if (workerId) boss.notifyWorker(workerId);
            }
          },
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
