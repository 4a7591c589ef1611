import path from "node:path";
import { z } from "zod";
import { parseSyncSource, type SyncSourceSpec } from "../knowledge/sync/sync-source.ts";
import { nextCronTime } from "./schedule-jobs.ts";

const cronExpression = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => {
      try {
        nextCronTime(value, new Date());
        return true;
      } catch {
        return false;
      }
    }, "must be a five-field cron expression (UTC), e.g. 0 3 * * *");

/** The environment variables of the scheduled and attachment jobs (kb.sync, retention.sweep, attachment.extract). */
export const jobTypeEnvironmentShape = {
  SWITCHBOARD_KB_SYNC_SOURCES: z.string().optional(),
  SWITCHBOARD_KB_SYNC_CRON: cronExpression("0 * * * *"),
  SWITCHBOARD_S3_ENDPOINT: z.url().optional(),
  SWITCHBOARD_S3_REGION: z.string().min(1).optional(),
  SWITCHBOARD_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(90),
  SWITCHBOARD_RETENTION_CRON: cronExpression("30 3 * * *"),
  SWITCHBOARD_MAX_ATTACHMENT_BYTES: z.coerce.number().int().positive().max(100 * 1024 * 1024).default(10 * 1024 * 1024),
};

export interface JobTypeSettings {
  kbSync: { sources: SyncSourceSpec[]; cron: string };
  /** The S3 client of `kb.sync`: an explicit endpoint (S3-compatible servers) or AWS's own. */
  s3: { endpoint?: string; region: string; credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } };
  retention: { days: number; cron: string };
  attachments: { maxBytes: number };
}

type JobTypeEnvironment = z.infer<z.ZodObject<typeof jobTypeEnvironmentShape>>;

/** Settings of the job types from the parsed environment; S3 reuses Switchboard's explicit AWS credentials. */
export function readJobTypeSettings(
  env: JobTypeEnvironment,
  aws: { region: string; credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } },
): JobTypeSettings {
  const sources = (env.SWITCHBOARD_KB_SYNC_SOURCES ?? "")
    .split(",")
    .map((text) => text.trim())
    .filter((text) => text !== "")
    .map(parseSyncSource)
    .map((spec): SyncSourceSpec => (spec.kind === "folder" ? { kind: "folder", path: path.resolve(spec.path) } : spec));
  return {
    kbSync: { sources, cron: env.SWITCHBOARD_KB_SYNC_CRON },
    s3: { endpoint: env.SWITCHBOARD_S3_ENDPOINT, region: env.SWITCHBOARD_S3_REGION ?? aws.region, credentials: aws.credentials },
    retention: { days: env.SWITCHBOARD_RETENTION_DAYS, cron: env.SWITCHBOARD_RETENTION_CRON },
    attachments: { maxBytes: env.SWITCHBOARD_MAX_ATTACHMENT_BYTES },
  };
}
