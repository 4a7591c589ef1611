// Hosts PGlite on its own thread: PGlite runs every query on the thread that calls it, and a slow
// query there would freeze the event loop that streams tokens to customers.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";

export interface PgliteRequest {
  id: number;
  kind: "query" | "exec" | "close";
  sql?: string;
  params?: unknown[];
}

export interface PgliteResponse {
  id: number;
  rows?: unknown[];
  rowCount?: number;
  error?: { message: string; code?: string; detail?: string };
}

const { dataDir } = workerData as { dataDir?: string };
const port = parentPort;
if (!port) throw new Error("pglite-worker must run as a worker thread");

const database = await PGlite.create({
  dataDir,
  extensions: { vector },
  // Bounded WAL: without it PGlite's data directory grows by gigabytes under ingestion.
  postgresqlconf: ["max_wal_size = 64MB", "min_wal_size = 32MB", "checkpoint_timeout = 60s"],
});

port.on("message", async (request: PgliteRequest) => {
  const reply = (response: Omit<PgliteResponse, "id">) => port.postMessage({ id: request.id, ...response });
  try {
    if (request.kind === "close") {
      await database.close();
      reply({});
      return;
    }
    if (request.kind === "exec") {
      const results = await database.exec(request.sql ?? "");
      const last = results[results.length - 1];
      reply({ rows: last?.rows ?? [], rowCount: last?.rows.length ?? 0 });
      return;
    }
    const result = await database.query(request.sql ?? "", request.params ?? []);
    reply({ rows: result.rows, rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0) });
  } catch (error) {
    // A failed multi-statement script leaves PGlite's single connection inside an aborted transaction.
    if (request.kind === "exec") await database.exec("ROLLBACK").catch(() => {});
    const failure = error as { message?: string; code?: string; detail?: string };
    reply({ error: { message: failure.message ?? String(error), code: failure.code, detail: failure.detail } });
  }
});

port.postMessage({ id: 0, rows: [] });
