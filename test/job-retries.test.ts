import { readdir, rename } from "node:fs/promises";
import path from "node:path";
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from "@aws-sdk/client-sqs";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSwitchboard, switchboardJobTypes } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import type { JobRecord } from "../src/jobs/job-store.ts";
import { ingestJobType } from "../src/knowledge/knowledge-base.ts";
import { createLogger } from "../src/observability/logger.ts";
import { startSqsTestServer } from "./helpers/sqs-test-server.ts";
import { startGaugedBedrock } from "./helpers/gauged-bedrock.ts";
import { fixturesDir, postJson, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

const logger = createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent");
const document = (word: string) => `# ${word} policy\n\nThe ${word} policy explains how ${word} requests are handled within five business days.\n`;

async function submit(baseUrl: string, adminToken: string, content: string): Promise<{ jobId: string; documentId: string }> {
  const response = await postJson(baseUrl, "/v1/kb/documents", { content, contentType: "text/markdown" }, { authorization: `Bearer ${adminToken}` });
  expect(response.status).toBe(202);
  return (await response.json()) as { jobId: string; documentId: string };
}

const adminGet = async (baseUrl: string, adminToken: string, route: string) => {
  const response = await fetch(`${baseUrl}${route}`, { headers: { authorization: `Bearer ${adminToken}` } });
  return { status: response.status, body: (await response.json()) as any };
};

describe.concurrent("job retries and dead letters", () => {
  it("dead-letters a job after its attempts, and an admin retry succeeds once the cause is gone", async ({ onTestFinished, expect }) => {
    const { dir, remove } = await temporaryDataDir();
    onTestFinished(remove);
    const config = loadConfig({
      SWITCHBOARD_DATA_DIR: dir,
      SWITCHBOARD_PORT: "0",
      SWITCHBOARD_SAMPLE_KB: "false",
      SWITCHBOARD_EMBEDDING_DIMENSIONS: "256",
      SWITCHBOARD_ORDERS_FILE: path.join(fixturesDir, "orders.json"),
      SWITCHBOARD_JOB_RETRY_DELAYS: "0",
      SWITCHBOARD_JOB_MAX_ATTEMPTS: "2",
    });
    // Queued by an API without workers, then its stored file is taken away: every attempt fails the same way.
    const api = await startSwitchboard(config, { logger, workers: false });
    const { jobId, documentId } = await submit(api.url!, api.adminToken, document("warranty"));
    await api.close();
    const [blobFile] = await readdir(path.join(dir, "blobs", "documents"), { recursive: true, withFileTypes: true }).then((entries) =>
      entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)),
    );
    await rename(blobFile, `${blobFile}.away`);

    const dead: JobRecord[] = [];
    // The log line at error level is the other alarm hook: collect what the worker logs.
    const logLines: Array<{ level: number; msg: string; jobId?: string; error?: string }> = [];
    const collected = pino({ level: "warn" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
    const switchboard = await startSwitchboard(config, { logger: collected, onDeadJob: (job) => dead.push(job) });
    onTestFinished(() => switchboard.close());
    const { url, adminToken } = switchboard;

    const job = await waitForJob(url!, adminToken, jobId);
    expect(job).toMatchObject({ status: "dead", attempts: 2 });
    // The record turns dead first; the alarm hook, log line and document state follow it.
    await expect.poll(() => dead.map((record) => record.id)).toEqual([jobId]);
    expect(logLines.filter((line) => line.level === 50 && line.msg === "job dead-lettered")).toEqual([expect.objectContaining({ jobId, error: expect.stringMatching(/ENOENT|no such file/) })]);
    // The alarm hook: every dead letter is counted for monitoring.
    expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/switchboard_jobs_dead_total\{type="kb.ingest"\} 1/);
    await expect.poll(async () => (await adminGet(url!, adminToken, `/v1/kb/documents/${documentId}`)).body.status).toBe("failed");
    const listed = await adminGet(url!, adminToken, "/v1/admin/jobs?status=dead&type=kb.ingest");
    expect(listed.status).toBe(200);
    expect(listed.body.jobs.map((entry: { id: string }) => entry.id)).toEqual([jobId]);
    expect((await adminGet(url!, adminToken, "/v1/admin/jobs?status=zombie")).status).toBe(422);

    await rename(`${blobFile}.away`, blobFile);
    const retried = await postJson(url!, `/v1/admin/jobs/${jobId}/retry`, {}, { authorization: `Bearer ${adminToken}` });
    expect(retried.status).toBe(202);
    expect(await retried.json()).toMatchObject({ id: jobId, status: "queued", attempts: 0 });
    const audited = await adminGet(url!, adminToken, `/v1/admin/audit?action=job.retried&target=job:${jobId}`);
    expect(audited.body.entries).toEqual([expect.objectContaining({ actor: "admin-token", after: { type: "kb.ingest", attempts: 0 } })]);
    expect(await waitForJob(url!, adminToken, jobId)).toMatchObject({ status: "succeeded", attempts: 1 });
    expect((await adminGet(url!, adminToken, `/v1/kb/documents/${documentId}`)).body.status).toBe("ready");

    const again = await postJson(url!, `/v1/admin/jobs/${jobId}/retry`, {}, { authorization: `Bearer ${adminToken}` });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("job_not_retryable");
    expect((await postJson(url!, `/v1/admin/jobs/${jobId}/retry`, {})).status).toBe(401);
  });

  it("re-queues a job throttled by Bedrock without spending its attempts, until it succeeds", async ({ onTestFinished }) => {
    const { dir, remove } = await temporaryDataDir();
    onTestFinished(remove);
    // More throttles in a row than the AWS SDK's own retries (3 attempts) absorb, so the storm reaches the job runner.
    const bedrock = await startGaugedBedrock({ faults: { rules: [{ operation: "invoke", kind: "throttle", burst: 8 }] }, serviceMs: 0 });
    onTestFinished(() => bedrock.close());
    // One attempt only: a throttled delivery that counted as an attempt would leave the job dead.
    const switchboard = await startTestSwitchboard(dir, {
      SWITCHBOARD_BEDROCK_ENDPOINT: bedrock.url,
      SWITCHBOARD_AWS_ACCESS_KEY_ID: "local",
      SWITCHBOARD_AWS_SECRET_ACCESS_KEY: "local",
      SWITCHBOARD_JOB_MAX_ATTEMPTS: "1",
      SWITCHBOARD_JOB_RETRY_DELAYS: "1",
    });
    onTestFinished(() => switchboard.close());
    const { jobId } = await submit(switchboard.url!, switchboard.adminToken, document("exchange"));
    const job = await waitForJob(switchboard.url!, switchboard.adminToken, jobId);
    expect(job).toMatchObject({ status: "succeeded", attempts: 1 });
    expect((job as unknown as { throttledDeliveries: number }).throttledDeliveries).toBeGreaterThanOrEqual(1);
    expect(bedrock.stats().faultsInjected).toBe(8);
  });

  it("runs ingestion through SQS when SWITCHBOARD_QUEUE=sqs", async ({ onTestFinished }) => {
    const { dir, remove } = await temporaryDataDir();
    onTestFinished(remove);
    const sqs = await startSqsTestServer();
    onTestFinished(() => sqs.close());
    const client = new SQSClient({ region: "us-east-1", endpoint: sqs.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
    onTestFinished(() => client.destroy());
    const deadLetter = await client.send(new CreateQueueCommand({ QueueName: "kb-ingest-dead-letter" }));
    const { Attributes: deadLetterAttributes = {} } = await client.send(new GetQueueAttributesCommand({ QueueUrl: deadLetter.QueueUrl, AttributeNames: ["QueueArn"] }));
    const ingest = await client.send(
      new CreateQueueCommand({
        QueueName: "kb-ingest",
        Attributes: { VisibilityTimeout: "60", RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetterAttributes.QueueArn, maxReceiveCount: 5 }) },
      }),
    );
    // Every job type Switchboard runs needs its queue.
    const queueUrls: Record<string, string> = { [ingestJobType]: ingest.QueueUrl! };
    for (const type of switchboardJobTypes.filter((type) => type !== ingestJobType)) {
      queueUrls[type] = (await client.send(new CreateQueueCommand({ QueueName: type.replace(/\W/g, "-") }))).QueueUrl!;
    }
    const switchboard = await startTestSwitchboard(dir, {
      SWITCHBOARD_QUEUE: "sqs",
      SWITCHBOARD_SQS_ENDPOINT: sqs.url,
      SWITCHBOARD_SQS_REGION: "us-east-1",
      SWITCHBOARD_SQS_QUEUE_URLS: JSON.stringify(queueUrls),
      SWITCHBOARD_AWS_ACCESS_KEY_ID: "test",
      SWITCHBOARD_AWS_SECRET_ACCESS_KEY: "test",
    });
    onTestFinished(() => switchboard.close());
    const { url, adminToken } = switchboard;
    const { jobId } = await submit(url!, adminToken, document("loyalty"));
    expect(await waitForJob(url!, adminToken, jobId)).toMatchObject({ status: "succeeded", attempts: 1 });
    const search = await adminGet(url!, adminToken, "/v1/kb/search?q=loyalty%20policy");
    expect(search.body.results[0].title).toMatch(/loyalty/i);
    expect(sqs.operations).toContain("ReceiveMessage");
    expect(sqs.operations).toContain("DeleteMessage");
  });
});
