import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { JobAdmin } from "../../jobs/job-admin.ts";
import { findJob, isFinished, type JobRecord } from "../../jobs/job-store.ts";
import type { JobWatcher } from "../../jobs/job-watcher.ts";
import { recordAudit } from "../../privacy/audit-log.ts";
import type { Queryable } from "../../storage/database.ts";
import type { Authorization } from "../auth.ts";
import { requestActor } from "../request-actor.ts";
import { HttpError, notFound } from "../errors.ts";
import { createSsePump } from "../sse-pump.ts";
import { parseWith } from "../validate.ts";

/** The public view of a job record. */
export function jobView(job: JobRecord) {
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    attempts: job.attempts,
    throttledDeliveries: job.throttledDeliveries,
    progress: job.progress,
    result: job.result,
    error: job.lastError,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** The path of the admin console's WebSocket for job updates; a plain GET of it answers 426. */
export const jobUpdateSocketPath = "/v1/jobs/updates";

/** `/v1/jobs/:id`: the status of queued work, once or live (`/v1/jobs/:id/events`, Server-Sent Events). */
export function jobRoutes(db: Queryable, updates: JobWatcher): Hono {
  const app = new Hono();
  const loadJob = async (id: string) => {
    const job = z.uuid().safeParse(id).success ? await findJob(db, id) : undefined;
    if (!job) throw notFound("Job");
    return job;
  };
  // Reached by the WebSocket upgrade only after the same admin check as every other job route.
  app.get("/updates", () => {
    throw new HttpError(426, "upgrade_required", "Open this path as a WebSocket to subscribe to job updates");
  });
  app.get("/:id", async (context) => context.json(jobView(await loadJob(context.req.param("id")))));
  app.get("/:id/events", async (context) => {
    const job = await loadJob(context.req.param("id"));
    return streamSSE(context, async (stream) => {
      const events = createSsePump(stream);
      const stop = updates.watch(job.id, (current) => {
        if (current) events.push({ type: "job", job: jobView(current) });
        if (!current || isFinished(current.status)) events.end();
      });
      try {
        await events.pump();
      } finally {
        stop();
      }
    });
  });
  return app;
}

const listQuerySchema = z.object({
  status: z.enum(["queued", "running", "succeeded", "failed", "dead"]).optional(),
  type: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** `/v1/admin/jobs`: jobs newest first (dead letters with `?status=dead`), and a retry for the dead or failed. */
export function adminJobRoutes(jobs: JobAdmin, audit: { db: Queryable; auth: Authorization }): Hono {
  const app = new Hono();
  app.get("/", async (context) => {
    const query = parseWith(listQuerySchema, context.req.query(), "query");
    return context.json({ jobs: (await jobs.list(query)).map(jobView) });
  });
  app.post("/:id/retry", async (context) => {
    const id = context.req.param("id");
    const outcome = z.uuid().safeParse(id).success ? await jobs.retry(id) : { notFound: true as const };
    if ("notFound" in outcome) throw notFound("Job");
    if ("conflict" in outcome) {
      throw new HttpError(409, "job_not_retryable", `Only dead or failed jobs can be retried; this one is ${outcome.conflict.status}`, { status: outcome.conflict.status });
    }
    await recordAudit(audit.db, { actor: await requestActor(audit.auth, context), action: "job.retried", target: `job:${id}`, after: { type: outcome.retried.type, attempts: outcome.retried.attempts } });
    return context.json(jobView(outcome.retried), 202);
  });
  return app;
}
