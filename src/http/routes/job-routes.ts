import { Hono } from "hono";
import { z } from "zod";
import type { JobAdmin } from "../../jobs/job-admin.ts";
import { findJob, type JobRecord } from "../../jobs/job-store.ts";
import type { Queryable } from "../../storage/database.ts";
import { HttpError, notFound } from "../errors.ts";
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

/** `/v1/jobs/:id`: the status of queued work. */
export function jobRoutes(db: Queryable): Hono {
  const app = new Hono();
  app.get("/:id", async (context) => {
    const id = context.req.param("id");
    const job = z.uuid().safeParse(id).success ? await findJob(db, id) : undefined;
    if (!job) throw notFound("Job");
    return context.json(jobView(job));
  });
  return app;
}

const listQuerySchema = z.object({
  status: z.enum(["queued", "running", "succeeded", "failed", "dead"]).optional(),
  type: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** `/v1/admin/jobs`: jobs newest first (dead letters with `?status=dead`), and a retry for the dead or failed. */
export function adminJobRoutes(jobs: JobAdmin): Hono {
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
    return context.json(jobView(outcome.retried), 202);
  });
  return app;
}
