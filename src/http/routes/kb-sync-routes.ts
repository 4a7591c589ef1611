import path from "node:path";
import { Hono } from "hono";
import { z } from "zod";
import type { JobRecord } from "../../jobs/job-store.ts";
import { syncSourceSchema } from "../../knowledge/sync/sync-job.ts";
import type { SyncSourceSpec } from "../../knowledge/sync/sync-source.ts";
import { readJsonBody } from "../validate.ts";

export const syncRequestSchema = z.object({ source: syncSourceSchema }).strict();

/** `/v1/admin/kb/sync`: queue a re-sync of a folder (on the server) or an S3 prefix; 202 with the job id. */
export function kbSyncRoutes(deps: { requestSync: (spec: SyncSourceSpec) => Promise<JobRecord> }): Hono {
  const app = new Hono();
  app.post("/sync", async (context) => {
    const { source } = await readJsonBody(context, syncRequestSchema);
    // The same folder must give the same document sources however it was written.
    const spec: SyncSourceSpec = source.kind === "folder" ? { kind: "folder", path: path.resolve(source.path) } : source;
    const job = await deps.requestSync(spec);
    return context.json({ jobId: job.id, status: job.status, source: spec }, 202);
  });
  return app;
}
