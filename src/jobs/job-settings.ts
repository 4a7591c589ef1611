import { z } from "zod";
import { defaultRetryPolicy, type RetryPolicy } from "./retry-policy.ts";

/** How many jobs of a model-calling type one worker process runs at once, unless configured. */
export const defaultModelJobConcurrency = 10;

export interface JobConcurrency {
  /** The cap of every job type that calls a model. */
  modelCalls: number;
  /** Caps set per job type; they win over `modelCalls` and over a handler's own concurrency. */
  perType: Record<string, number>;
}

/** Reads `10`, `kb.ingest=4,webhook.deliver=20` or `8,kb.ingest=4`; answers what is wrong otherwise. */
export function parseJobConcurrency(value: string): JobConcurrency | string {
  const concurrency: JobConcurrency = { modelCalls: defaultModelJobConcurrency, perType: {} };
  for (const part of value.split(",").map((entry) => entry.trim()).filter(Boolean)) {
    const match = /^(?:([\w.-]+)\s*=\s*)?(\d+)$/.exec(part);
    const cap = match ? Number(match[2]) : Number.NaN;
    if (!match || cap < 1 || cap > 1000) return `"${part}" is neither a cap (1–1000) nor type=cap, e.g. 10 or 8,kb.ingest=4`;
    if (match[1]) concurrency.perType[match[1]] = cap;
    else concurrency.modelCalls = cap;
  }
  return concurrency;
}

/** The environment variables of the job machinery (queue, leases, retries, concurrency, shutdown, events). */
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
  SWITCHBOARD_JOB_CONCURRENCY: z
    .string()
    .default(String(defaultModelJobConcurrency))
    .transform((value, context) => {
      const parsed = parseJobConcurrency(value);
      if (typeof parsed === "string") {
        context.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  SWITCHBOARD_EVENTS: z.enum(["local", "sns"]).default("local"),
  SWITCHBOARD_SNS_TOPIC_ARN: z
    .string()
    .regex(/^arn:aws[\w-]*:sns:[\w-]+:\d{12}:[\w.-]+$/, "must be an SNS topic ARN, e.g. arn:aws:sns:eu-west-1:123456789012:switchboard-events")
    .optional(),
  SWITCHBOARD_SNS_ENDPOINT: z.url().optional(),
  SWITCHBOARD_SNS_REGION: z.string().min(1).optional(),
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
  /** Per worker process: how many jobs of one type may run at once. */
  concurrency: JobConcurrency;
  /** Where domain events go besides in-process subscribers: nowhere, or an SNS topic. */
  events:
    | { kind: "local" }
    | { kind: "sns"; topicArn: string; region: string; endpoint?: string; credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } };
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
  let events: JobSettings["events"] = { kind: "local" };
  if (env.SWITCHBOARD_EVENTS === "sns") {
    if (!env.SWITCHBOARD_SNS_TOPIC_ARN) return "SWITCHBOARD_SNS_TOPIC_ARN: required when SWITCHBOARD_EVENTS is sns";
    events = { kind: "sns", topicArn: env.SWITCHBOARD_SNS_TOPIC_ARN, region: env.SWITCHBOARD_SNS_REGION ?? aws.region, endpoint: env.SWITCHBOARD_SNS_ENDPOINT, credentials: aws.credentials };
  }
  return {
    queue,
    concurrency: env.SWITCHBOARD_JOB_CONCURRENCY,
    events,
    leaseSeconds: env.SWITCHBOARD_JOB_LEASE_SECONDS,
    retry: { ...defaultRetryPolicy, delaysSeconds: env.SWITCHBOARD_JOB_RETRY_DELAYS, maxAttempts: env.SWITCHBOARD_JOB_MAX_ATTEMPTS },
    shutdownGraceMs: env.SWITCHBOARD_SHUTDOWN_GRACE_MS,
  };
}
