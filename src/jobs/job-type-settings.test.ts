import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jobTypeEnvironmentShape, readJobTypeSettings } from "./job-type-settings.ts";

const parse = (environment: Record<string, string>) => z.object(jobTypeEnvironmentShape).safeParse(environment);

describe("job type settings", () => {
  it("reads sync sources as folders (resolved) and S3 prefixes, with the defaults elsewhere", () => {
    const parsed = parse({ SWITCHBOARD_KB_SYNC_SOURCES: "docs/help, s3://acme-help/published/ ,s3://bucket-only" });
    expect(parsed.success).toBe(true);
    const settings = readJobTypeSettings(parsed.data!, { region: "eu-west-1" });
    expect(settings.kbSync).toEqual({
      sources: [
        { kind: "folder", path: path.resolve("docs/help") },
        { kind: "s3", bucket: "acme-help", prefix: "published/" },
        { kind: "s3", bucket: "bucket-only", prefix: "" },
      ],
      cron: "0 * * * *",
    });
    expect(settings.retention).toEqual({ days: 90, cron: "30 3 * * *" });
    expect(settings.s3.region).toBe("eu-west-1");
    expect(settings.attachments.maxBytes).toBe(10 * 1024 * 1024);
  });

  it("refuses an invalid cron expression or retention period", () => {
    expect(parse({ SWITCHBOARD_RETENTION_CRON: "daily" }).success).toBe(false);
    expect(parse({ SWITCHBOARD_RETENTION_DAYS: "0" }).success).toBe(false);
    expect(parse({ SWITCHBOARD_S3_ENDPOINT: "not a url" }).success).toBe(false);
  });
});
