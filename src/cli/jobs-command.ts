import type { Config } from "../config.ts";
import { connect } from "./connect.ts";
import type { JobSummary } from "./switchboard-client.ts";

const formatJob = (job: JobSummary) =>
  `${job.id}  ${job.status.padEnd(9)} ${job.type.padEnd(12)} attempts ${job.attempts}  ${job.updatedAt}${job.error ? `\n    ${job.error}` : ""}`;

/**
 * `switchboard jobs [--status dead] [--type t] [--limit n] [--json]` lists jobs, newest first;
 * `switchboard jobs retry <id>` sends a dead or failed job round again.
 */
export async function jobsCommand(config: Config, args: string[], options: { status?: string; type?: string; limit?: number; json: boolean }): Promise<number> {
  const [action, id] = args;
  if (action !== undefined && (action !== "retry" || !id)) throw new Error("usage: switchboard jobs [--status dead] [--type t] [--limit n] [--json] | switchboard jobs retry <id>");
  const connection = await connect(config);
  try {
    if (action === "retry") {
      const job = await connection.client.retryJob(id);
      process.stdout.write(options.json ? `${JSON.stringify(job, null, 2)}\n` : `Queued again: ${formatJob(job)}\n`);
      return 0;
    }
    const { jobs } = await connection.client.listJobs(options);
    if (options.json) process.stdout.write(`${JSON.stringify({ jobs }, null, 2)}\n`);
    else process.stdout.write(jobs.length ? `${jobs.map(formatJob).join("\n")}\n` : "No jobs.\n");
    return 0;
  } finally {
    await connection.close();
  }
}
