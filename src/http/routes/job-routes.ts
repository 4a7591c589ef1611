import { Hono } from "hono";
import { z } from "zod";
import { findJob, type JobRecord } from "../../jobs/job-store.ts";
import type { Queryable } from "../../storage/database.ts";
import { notFound } from "../errors.ts";

/** The public view of a job record. */
export function jobView(job: JobRecord) {
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    attempts: job.attempts,
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
