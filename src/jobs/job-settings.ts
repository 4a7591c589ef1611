import { z } from "zod";
import { defaultRetryPolicy, type RetryPolicy } from "./retry-policy.ts";

/** The environment variables of the job machinery (queue, leases, retries, shutdown). */
export const jobEnvironmentShape = {
  SWITCHBOARD_QUEUE: z.enum(["pg-boss", "sqs"]).default("pg-boss"),
  SWITCHBOARD_SQS_ENDPOINT: z.url().optional(),
  SWITCHBOARD_SQS_REGION: z.string().min(1).optional(),
  SWITCHBOARD_SQS_QUEUE_URLS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return undefined;
      try {
        return z.record(z.string().min(1), z.url()).parse(JSON.parse(value));
      } catch {
        context.addIssue({ code: "custom", message: 'must be a JSON object of job type → queue URL, e.g. {"kb.ingest":"https://sqs…/kb-ingest"}' });
        return z.NEVER;
      }
    }),
  SWITCHBOARD_JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(43_200).default(600),
  SWITCHBOARD_JOB_RETRY_DELAYS: z
    .string()
    .default(defaultRetryPolicy.delaysSeconds.join(","))
    .pipe(z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "must be whole seconds separated by commas, e.g. 1,4,16"))
    .transform((value) => value.split(",").map(Number)),
  SWITCHBOARD_JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(defaultRetryPolicy.maxAttempts),
  SWITCHBOARD_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
};

export interface JobSettings {
  queue:
    | { kind: "pg-boss" }
    | {
        kind: "sqs";
        region: string;
        endpoint?: string;
        queueUrls: Record<string, string>;
        credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
      };
  /** How long one delivery may run before the queue delivers it again (its worker is presumed dead). */
  leaseSeconds: number;
  /** Retry policy of the job types that do not set their own. */
  retry: RetryPolicy;
  /** How long a stopping process lets running jobs finish before leaving them for redelivery. */
  shutdownGraceMs: number;
}

type JobEnvironment = z.infer<z.ZodObject<typeof jobEnvironmentShape>>;

/** Job settings from the parsed environment; SQS reuses Switchboard's explicit AWS credentials. */
export function readJobSettings(
  env: JobEnvironment,
  aws: { region: string; credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } },
): JobSettings | string {
  let queue: JobSettings["queue"] = { kind: "pg-boss" };
  if (env.SWITCHBOARD_QUEUE === "sqs") {
    if (!env.SWITCHBOARD_SQS_QUEUE_URLS) return "SWITCHBOARD_SQS_QUEUE_URLS: required when SWITCHBOARD_QUEUE is sqs";
    queue = {
      kind: "sqs",
      region: env.SWITCHBOARD_SQS_REGION ?? aws.region,
      endpoint: env.SWITCHBOARD_SQS_ENDPOINT,
      queueUrls: env.SWITCHBOARD_SQS_QUEUE_URLS,
      credentials: aws.credentials,
    };
  }
  return {
    queue,
    leaseSeconds: env.SWITCHBOARD_JOB_LEASE_SECONDS,
    retry: { ...defaultRetryPolicy, delaysSeconds: env.SWITCHBOARD_JOB_RETRY_DELAYS, maxAttempts: env.SWITCHBOARD_JOB_MAX_ATTEMPTS },
    shutdownGraceMs: env.SWITCHBOARD_SHUTDOWN_GRACE_MS,
  };
}
