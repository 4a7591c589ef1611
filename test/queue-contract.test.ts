import { randomBytes, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobWorkers, type JobHandler } from "../src/jobs/job-runner.ts";
import { findJob, insertJob } from "../src/jobs/job-store.ts";
import { createPgBossQueue } from "../src/jobs/pg-boss-queue.ts";
import type { Queue, QueuedJob } from "../src/jobs/queue.ts";
import { defaultRetryPolicy } from "../src/jobs/retry-policy.ts";
import { createSqsQueue } from "../src/jobs/sqs-queue.ts";
import { createLogger } from "../src/observability/logger.ts";
import type { Database } from "../src/storage/database.ts";
import { migrate } from "../src/storage/migrate.ts";
import { openPgliteDatabase } from "../src/storage/pglite-database.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { startSqsTestServer } from "./helpers/sqs-test-server.ts";

/** Deliveries of a job that always fails before the queue gives it up. */
const maxAttempts = 3;
const logger = createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent");

interface Harness {
  /** Where job records live (the jobs table), beside whichever queue carries the messages. */
  db: Database;
  /** A fresh queue carrying `types`; jobs that always fail are given up after `maxAttempts` deliveries. */
  openQueue(types: string[]): Promise<{ queue: Queue; cleanUp: () => Promise<void> }>;
  /** Ids of the jobs of `type` the queue gave up on (pg-boss: failed; SQS: in the dead-letter queue). */
  givenUp(type: string): Promise<string[]>;
  /** Jobs of `type` the queue still holds: waiting, delayed, in flight or awaiting a retry. */
  outstanding(type: string): Promise<number>;
  /** pg-boss keeps one job per id, so a duplicate delivery has to be simulated. */
  dedupesSendsById: boolean;
  tearDown(): Promise<void>;
}

interface Adapter {
  name: string;
  setUp(): Promise<Harness>;
}

async function pgBossHarness(db: Database, closeDatabase: () => Promise<void>): Promise<Harness> {
  // pg-boss creates a partition per queue; two creations at once can deadlock on PostgreSQL, so tests take turns.
  let starting: Promise<unknown> = Promise.resolve();
  return {
    db,
    async openQueue(types) {
      const queue = createPgBossQueue(db);
      const started = starting.then(() => queue.start(types));
      starting = started.catch(() => {});
      await started;
      return { queue, cleanUp: () => queue.stop({ graceMs: 1_000 }) };
    },
    async givenUp(type) {
      const result = await db.query<{ id: string }>("SELECT id::text AS id FROM pgboss.job WHERE name = $1 AND state = 'failed'", [type]);
      return result.rows.map((row) => row.id);
    },
    async outstanding(type) {
      const result = await db.query<{ count: string }>("SELECT count(*)::text AS count FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')", [type]);
      return Number(result.rows[0].count);
    },
    dedupesSendsById: true,
    tearDown: closeDatabase,
  };
}

const adapters: Adapter[] = [
  {
    name: "pg-boss on PGlite",
    async setUp() {
      const db = await openPgliteDatabase();
      await migrate(db);
      return pgBossHarness(db, () => db.close());
    },
  },
  {
    name: "pg-boss on PostgreSQL",
    async setUp() {
      const { db, drop } = await createPostgresTestDatabase();
      await migrate(db, { requireVectors: false });
      return pgBossHarness(db, drop);
    },
  },
  {
    // Job records on PostgreSQL, messages on SQS: the pairing Switchboard runs on AWS.
    name: "SQS",
    async setUp() {
      const { db, drop } = await createPostgresTestDatabase();
      await migrate(db, { requireVectors: false });
      const server = await startSqsTestServer();
      const connection = { region: "us-east-1", endpoint: server.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } };
      const admin = new SQSClient(connection);
      const queueUrls = new Map<string, { url: string; deadLetterUrl: string }>();
      const count = async (url: string) => {
        const { Attributes: attributes = {} } = await admin.send(
          new GetQueueAttributesCommand({
            QueueUrl: url,
            AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"],
          }),
        );
        return Object.values(attributes).reduce((sum, value) => sum + Number(value), 0);
      };
      return {
        db,
        async openQueue(types) {
          for (const type of types) {
            const deadLetter = await admin.send(new CreateQueueCommand({ QueueName: `${type}-dead-letter` }));
            const { Attributes: deadLetterAttributes = {} } = await admin.send(new GetQueueAttributesCommand({ QueueUrl: deadLetter.QueueUrl, AttributeNames: ["QueueArn"] }));
            const created = await admin.send(
              new CreateQueueCommand({
                QueueName: type,
                Attributes: {
                  VisibilityTimeout: "30",
                  RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetterAttributes.QueueArn, maxReceiveCount: maxAttempts }),
                },
              }),
            );
            queueUrls.set(type, { url: created.QueueUrl!, deadLetterUrl: deadLetter.QueueUrl! });
          }
          const queue = createSqsQueue({ ...connection, logger, queueUrls: Object.fromEntries(types.map((type) => [type, queueUrls.get(type)!.url])) });
          await queue.start(types);
          return {
            queue,
            async cleanUp() {
              await queue.stop({ graceMs: 1_000 });
              for (const type of types) {
                const urls = queueUrls.get(type)!;
                await admin.send(new DeleteQueueCommand({ QueueUrl: urls.url }));
                await admin.send(new DeleteQueueCommand({ QueueUrl: urls.deadLetterUrl }));
              }
            },
          };
        },
        async givenUp(type) {
          // Visibility 0: a peek that leaves the dead letters where they are.
          const { Messages: messages = [] } = await admin.send(
            new ReceiveMessageCommand({ QueueUrl: queueUrls.get(type)!.deadLetterUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0, MessageAttributeNames: ["JobId"] }),
          );
          return messages.map((message) => message.MessageAttributes?.JobId?.StringValue ?? "");
        },
        outstanding: (type) => count(queueUrls.get(type)!.url),
        dedupesSendsById: false,
        async tearDown() {
          admin.destroy();
          await server.close();
          await drop();
        },
      };
    },
  },
];

/** Waits until `condition` holds, failing after `timeoutMs`. */
async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(50);
  }
}

/** A queue that runs each delivery's handler twice, as a redelivery after success would. */
function deliveringEachJobTwice(queue: Queue): Queue {
  return {
    ...queue,
    work: (type, options, handler) =>
      queue.work(type, options, async (job) => {
        await handler(job);
        await handler(job);
      }),
  };
}

let typeCounter = 0;
const newJobType = (purpose: string) => `contract-${purpose}-${++typeCounter}-${randomBytes(3).toString("hex")}`;

// Concurrent: every test owns its job types and queue instance, and most of the time is spent waiting.
describe.concurrent.each(adapters)("Queue contract: $name", (adapter) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await adapter.setUp();
  });
  afterAll(async () => harness?.tearDown());

  const open = async (types: string[], onTestFinished: (listener: () => Promise<void>) => void) => {
    const { queue, cleanUp } = await harness.openQueue(types);
    onTestFinished(cleanUp);
    return queue;
  };

  it("handles a sent job once, with its payload", async ({ onTestFinished }) => {
    const type = newJobType("once");
    const queue = await open([type], onTestFinished);
    const handled: QueuedJob[] = [];
    await queue.work(type, { concurrency: 2 }, async (job) => {
      handled.push({ id: job.id, type: job.type, payload: job.payload });
    });
    const id = randomUUID();
    await queue.send(type, { greeting: "hola", items: [1, 2] }, { id, retryLimit: maxAttempts - 1 });
    await waitFor(async () => handled.length > 0 && (await harness.outstanding(type)) === 0);
    await sleep(600);
    expect(handled).toEqual([{ id, type, payload: { greeting: "hola", items: [1, 2] } }]);
  });

  it("redelivers a job whose handler failed, and it succeeds on a later attempt", async ({ onTestFinished }) => {
    const type = newJobType("retry");
    const queue = await open([type], onTestFinished);
    const attempts: number[] = [];
    const handler: JobHandler = {
      type,
      concurrency: 1,
      retry: { ...defaultRetryPolicy, delaysSeconds: [1], maxAttempts },
      async run(context) {
        attempts.push(context.attempt);
        if (context.attempt === 1) throw new Error("transient failure");
        return { done: true };
      },
    };
    await startJobWorkers(harness.db, queue, [handler], logger);
    const id = randomUUID();
    await insertJob(harness.db, { id, type, payload: { n: 1 } });
    await queue.send(type, { n: 1 }, { id, retryLimit: maxAttempts - 1, retryDelaySeconds: 1 });
    await waitFor(async () => (await findJob(harness.db, id))?.status === "succeeded");
    const record = await findJob(harness.db, id);
    expect(attempts).toEqual([1, 2]);
    expect(record).toMatchObject({ attempts: 2, status: "succeeded", result: { done: true } });
    await waitFor(async () => (await harness.outstanding(type)) === 0);
  });

  it("runs a job's attempts on its retry policy, then dead-letters it and calls the alarm hook", async ({ onTestFinished }) => {
    const type = newJobType("dead");
    const queue = await open([type], onTestFinished);
    const attempts: number[] = [];
    const dead: string[] = [];
    const handler: JobHandler = {
      type,
      concurrency: 1,
      retry: { ...defaultRetryPolicy, delaysSeconds: [0, 1], maxAttempts: 3 },
      async run(context) {
        attempts.push(Date.now());
        throw new Error("always broken");
      },
      onDead: async (payload) => void dead.push(`domain:${String(payload.n)}`),
    };
    await startJobWorkers(harness.db, queue, [handler], logger, { onDead: (job) => dead.push(job.id) });
    const id = randomUUID();
    await insertJob(harness.db, { id, type, payload: { n: 7 } });
    await queue.send(type, { n: 7 }, { id, retryLimit: maxAttempts });
    await waitFor(async () => (await findJob(harness.db, id))?.status === "dead");
    expect(await findJob(harness.db, id)).toMatchObject({ status: "dead", attempts: 3, lastError: "always broken" });
    expect(attempts).toHaveLength(3);
    expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(950);
    expect(dead.sort()).toEqual([id, "domain:7"].sort());
    await waitFor(async () => (await harness.outstanding(type)) === 0);
  });

  it("does not redeliver a failed job before its retry delay", async ({ onTestFinished }) => {
    const type = newJobType("delay");
    const queue = await open([type], onTestFinished);
    const deliveredAt: number[] = [];
    let failedAt = 0;
    await queue.work(type, { concurrency: 1 }, async () => {
      deliveredAt.push(Date.now());
      if (deliveredAt.length === 1) {
        failedAt = Date.now();
        throw new Error("retry me later");
      }
    });
    await queue.send(type, {}, { id: randomUUID(), retryLimit: maxAttempts - 1, retryDelaySeconds: 2 });
    await waitFor(() => deliveredAt.length >= 2);
    expect(deliveredAt[1] - failedAt).toBeGreaterThanOrEqual(1_950);
  });

  it("never runs more handlers at once than the concurrency cap", async ({ onTestFinished }) => {
    const type = newJobType("cap");
    const queue = await open([type], onTestFinished);
    let inFlight = 0;
    let mostInFlight = 0;
    const handled = new Set<string>();
    await queue.work(type, { concurrency: 3 }, async (job) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      // Long enough that pollers a few milliseconds apart overlap, so the cap is really exercised.
      await sleep(100);
      handled.add(job.id);
      inFlight -= 1;
    });
    for (let index = 0; index < 30; index++) await queue.send(type, { index }, { id: randomUUID(), retryLimit: maxAttempts - 1 });
    await waitFor(() => handled.size === 30, 25_000);
    expect(mostInFlight).toBeLessThanOrEqual(3);
    expect(mostInFlight).toBeGreaterThan(1);
  });

  it("gives up a job that always fails after the allowed attempts", async ({ onTestFinished }) => {
    const type = newJobType("poison");
    const queue = await open([type], onTestFinished);
    let deliveries = 0;
    await queue.work(type, { concurrency: 1 }, async () => {
      deliveries += 1;
      throw new Error("poison");
    });
    const id = randomUUID();
    await queue.send(type, {}, { id, retryLimit: maxAttempts - 1, retryDelaySeconds: 0 });
    await waitFor(async () => (await harness.givenUp(type)).includes(id));
    await sleep(1_000);
    expect(deliveries).toBe(maxAttempts);
    expect(await harness.outstanding(type)).toBe(0);
  });

  it("lets a running handler finish when stopped gracefully", async ({ onTestFinished }) => {
    const type = newJobType("stop");
    const queue = await open([type], onTestFinished);
    let started = false;
    let finished = false;
    await queue.work(type, { concurrency: 1 }, async () => {
      started = true;
      await sleep(1_000);
      finished = true;
    });
    await queue.send(type, {}, { id: randomUUID(), retryLimit: maxAttempts - 1 });
    await waitFor(() => started);
    const stoppedAt = Date.now();
    await queue.stop({ graceMs: 5_000 });
    expect(finished).toBe(true);
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    // pg-boss acknowledges a finished job without awaiting it, so the acknowledgement may land just after stop.
    await waitFor(async () => (await harness.outstanding(type)) === 0, 3_000);
  });

  it("does the work once when the same job is delivered twice", async ({ onTestFinished }) => {
    const type = newJobType("duplicate");
    const opened = await open([type], onTestFinished);
    const duplicating = harness.dedupesSendsById ? deliveringEachJobTwice(opened) : opened;
    let deliveries = 0;
    const queue: Queue = {
      ...duplicating,
      work: (jobType, options, handler) =>
        duplicating.work(jobType, options, async (job) => {
          deliveries += 1;
          await handler(job);
        }),
    };
    let effects = 0;
    await startJobWorkers(harness.db, queue, [{ type, concurrency: 1, retry: { ...defaultRetryPolicy, maxAttempts }, run: async () => void (effects += 1) }], logger);
    const id = randomUUID();
    await insertJob(harness.db, { id, type, payload: {} });
    await queue.send(type, {}, { id, retryLimit: maxAttempts - 1 });
    await queue.send(type, {}, { id, retryLimit: maxAttempts - 1 });
    await waitFor(async () => deliveries >= 2 && (await harness.outstanding(type)) === 0);
    expect(effects).toBe(1);
    expect(await findJob(harness.db, id)).toMatchObject({ status: "succeeded", attempts: 1 });
  });
});
