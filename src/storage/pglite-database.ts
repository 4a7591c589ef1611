import { Worker } from "node:worker_threads";
import { DatabaseError, type Database, type QueryResult, type Queryable } from "./database.ts";
import type { PgliteRequest, PgliteResponse } from "./pglite-worker.ts";

/** Opens embedded Postgres (PGlite + pgvector) on a worker thread; `dataDir` undefined keeps it in memory. */
const workerUrl = new URL("./pglite-worker.ts", import.meta.url);
// Resolved here, not inside the worker: an eval'd worker resolves bare names from the working directory.
const tsxApiUrl = import.meta.resolve("tsx/esm/api");

export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  // The worker is TypeScript too: register tsx inside it, whatever runner started this process.
  const bootstrap = `import(${JSON.stringify(tsxApiUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { dataDir } });
  const pending = new Map<number, { resolve: (response: PgliteResponse) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  worker.on("message", (response: PgliteResponse) => {
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    waiter.resolve(response);
  });
  worker.on("error", (error) => {
    failure = error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  });
  await ready;

  const send = (request: Omit<PgliteRequest, "id">): Promise<PgliteResponse> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request });
    });
  };
  const unwrap = <Row>(response: PgliteResponse): QueryResult<Row> => {
    if (response.error) throw new DatabaseError(response.error.message, response.error.code, response.error.detail);
    return { rows: (response.rows ?? []) as Row[], rowCount: response.rowCount ?? 0 };
  };

  // PGlite has one connection: a transaction must hold it exclusively, so every caller queues here.
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work, work);
    tail = result.catch(() => {});
    return result;
  };
  const rawQuery = async <Row>(sql: string, params?: unknown[]) => unwrap<Row>(await send({ kind: "query", sql, params }));

  return {
    kind: "pglite",
    query: (sql, params) => exclusive(() => rawQuery(sql, params)),
    exec: (sql) => exclusive(async () => unwrap<Record<string, unknown>>(await send({ kind: "exec", sql }))),
    transaction: (work) =>
      exclusive(async () => {
        await rawQuery("BEGIN");
        const tx: Queryable = { query: (sql, params) => rawQuery(sql, params) };
        try {
          const result = await work(tx);
          await rawQuery("COMMIT");
          return result;
        } catch (error) {
          await rawQuery("ROLLBACK").catch(() => {});
          throw error;
        }
      }),
    close: () =>
      exclusive(async () => {
        await send({ kind: "close" }).catch(() => {});
        await worker.terminate();
      }),
  };
}
