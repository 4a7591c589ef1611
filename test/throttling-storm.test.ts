import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { startGaugedBedrock } from "./helpers/gauged-bedrock.ts";
import { postJson, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

const embeddingModel = "amazon.titan-embed-text-v2:0";
const jobs = 60;
const cap = 6;

/** A small document of a few chunks: each is embedded by its own call, several at once per job. */
const documentNumber = (index: number) =>
  [`# Branch ${index} guide`, ...Array.from({ length: 6 }, (_, section) => `## Part ${section}\n\n${`Branch ${index} handles request type ${section} with care and patience. `.repeat(12)}`)].join("\n\n");

describe("a throttling storm from the model provider", () => {
  let bedrock: Awaited<ReturnType<typeof startGaugedBedrock>>;
  let switchboard: Switchboard;
  let data: { dir: string; remove: () => Promise<void> };

  beforeAll(async () => {
    // Seeded: 30 % of embedding calls are throttled; each call takes 15 ms, so calls overlap as with a real model.
    bedrock = await startGaugedBedrock({ faults: { seed: 42, rules: [{ model: embeddingModel, kind: "throttle", rate: 0.3 }] }, serviceMs: 15 });
    data = await temporaryDataDir();
    switchboard = await startTestSwitchboard(data.dir, {
      SWITCHBOARD_BEDROCK_ENDPOINT: bedrock.url,
      SWITCHBOARD_AWS_ACCESS_KEY_ID: "local",
      SWITCHBOARD_AWS_SECRET_ACCESS_KEY: "local",
      SWITCHBOARD_EMBEDDING_MODEL: embeddingModel,
      SWITCHBOARD_JOB_CONCURRENCY: String(cap),
      SWITCHBOARD_JOB_RETRY_DELAYS: "1",
      SWITCHBOARD_JOB_MAX_ATTEMPTS: "2",
    });
  });
  afterAll(async () => {
    await switchboard?.close();
    await bedrock?.close();
    await data?.remove();
  });

  it("ends with every job succeeded, none dead, and never more embedding calls at once than the cap", async () => {
    const submitted = await Promise.all(
      Array.from({ length: jobs }, async (_, index) => {
        const response = await postJson(switchboard.url!, "/v1/kb/documents", { content: documentNumber(index), contentType: "text/markdown" }, { authorization: `Bearer ${switchboard.adminToken}` });
        expect(response.status).toBe(202);
        return ((await response.json()) as { jobId: string }).jobId;
      }),
    );
    const finished = await Promise.all(submitted.map((jobId) => waitForJob(switchboard.url!, switchboard.adminToken, jobId, 170_000)));
    expect(finished.filter((job) => job.status !== "succeeded")).toEqual([]);
    const dead = await fetch(`${switchboard.url}/v1/admin/jobs?status=dead`, { headers: { authorization: `Bearer ${switchboard.adminToken}` } });
    expect(((await dead.json()) as { jobs: unknown[] }).jobs).toEqual([]);

    const model = bedrock.stats().models[embeddingModel];
    expect(model.faults.throttle).toBeGreaterThan(jobs);
    // Throttling that outlasted the SDK's own retries reached the runner, which re-queued without spending attempts.
    const requeued = finished.map((job) => (job as unknown as { throttledDeliveries: number }).throttledDeliveries);
    expect(requeued.some((count) => count > 0)).toBe(true);
    expect(bedrock.mostOutstanding(embeddingModel)).toBeLessThanOrEqual(cap);
    // The cap is what held concurrency down, not a lack of work: the calls did overlap up to it.
    expect(bedrock.mostOutstanding(embeddingModel)).toBeGreaterThanOrEqual(cap - 1);
  }, 180_000);
});
