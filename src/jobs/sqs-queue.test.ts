import { randomBytes, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  PurgeQueueCommand,
  QueueDoesNotExist,
  ReceiptHandleIsInvalid,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSqsTestServer, type SqsTestServer } from "../../test/helpers/sqs-test-server.ts";
import type { Queryable } from "../storage/database.ts";
import type { QueuedJob } from "./queue.ts";
import { decodeJobMessage, encodeJobMessage } from "./sqs-job-message.ts";
import { createSqsQueue, type SqsQueueOptions } from "./sqs-queue.ts";
import { sqsRetryDelaySeconds } from "./sqs-retry-delay.ts";

describe("sqsRetryDelaySeconds", () => {
  it("grows fourfold per delivery from the base, capped, in whole seconds", () => {
    expect([1, 2, 3, 4].map((attempt) => sqsRetryDelaySeconds(attempt, 1, 900))).toEqual([1, 4, 16, 64]);
    expect(sqsRetryDelaySeconds(6, 1, 900)).toBe(900);
    expect(sqsRetryDelaySeconds(3, 0, 900)).toBe(0);
    expect(sqsRetryDelaySeconds(1, 0.5, 900)).toBe(1);
    expect(sqsRetryDelaySeconds(30, 10, 1e9)).toBe(43_200);
  });
});

describe("SQS job messages", () => {
  it("carry {id, type, payload} as JSON and the job id as an attribute", () => {
    const message = encodeJobMessage("kb.ingest", { documentId: "d1" }, { id: "j1", retryDelaySeconds: 2, leaseSeconds: 60 });
    expect(JSON.parse(message.MessageBody)).toEqual({ id: "j1", type: "kb.ingest", payload: { documentId: "d1" } });
    expect(message.MessageAttributes.JobId).toEqual({ DataType: "String", StringValue: "j1" });
    const received = decodeJobMessage("kb.ingest", {
      Body: message.MessageBody,
      MessageAttributes: message.MessageAttributes,
      Attributes: { ApproximateReceiveCount: "3" },
    });
    expect(received).toEqual({ job: { id: "j1", type: "kb.ingest", payload: { documentId: "d1" } }, attempt: 3, retryDelaySeconds: 2, leaseSeconds: 60 });
  });

  it("are not read as jobs when the body is foreign", () => {
    expect(decodeJobMessage("kb.ingest", { Body: "not json" })).toBeUndefined();
    expect(decodeJobMessage("kb.ingest", { Body: JSON.stringify({ id: "j1", type: "other", payload: {} }) })).toBeUndefined();
    expect(decodeJobMessage("kb.ingest", { Body: JSON.stringify({ id: "j1", type: "kb.ingest", payload: [] }) })).toBeUndefined();
  });
});

describe("SQS queue adapter", () => {
  let server: SqsTestServer;
  let admin: SQSClient;
  const connection = () => ({ region: "us-east-1", endpoint: server.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  const logLines: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });

  beforeAll(async () => {
    server = await startSqsTestServer();
    admin = new SQSClient(connection());
  });
  afterAll(async () => {
    admin?.destroy();
    await server?.close();
  });

  const createQueue = async (attributes: Record<string, string> = {}) => {
    const name = `unit-${randomBytes(4).toString("hex")}`;
    const { QueueUrl: url } = await admin.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
    return { type: name, url: url! };
  };
  const counts = async (url: string) => {
    const { Attributes: attributes = {} } = await admin.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["All"] }));
    return {
      visible: Number(attributes.ApproximateNumberOfMessages),
      inFlight: Number(attributes.ApproximateNumberOfMessagesNotVisible),
      delayed: Number(attributes.ApproximateNumberOfMessagesDelayed),
    };
  };
  const openQueue = async (type: string, url: string, options: Partial<SqsQueueOptions> = {}) => {
    const queue = createSqsQueue({ ...connection(), logger, queueUrls: { [type]: url }, ...options });
    await queue.start([type]);
    return queue;
  };
  const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error("condition not met in time");
      await sleep(25);
    }
  };

  it("deletes only the messages whose handlers succeeded and retries the rest after the delay", async () => {
    const { type, url } = await createQueue();
    const queue = await openQueue(type, url);
    const deliveries: Array<QueuedJob & { attempt?: number }> = [];
    await queue.work(type, { concurrency: 4 }, async (job) => {
      deliveries.push(job);
      if (job.payload.fail && deliveries.filter((delivery) => delivery.id === job.id).length === 1) throw new Error("first try fails");
    });
    for (const index of [0, 1, 2, 3]) await queue.send(type, { index, fail: index % 2 === 1 }, { id: `job-${index}` });
    await waitFor(() => deliveries.length === 4);
    await waitFor(async () => (await counts(url)).inFlight === 2);
    expect(await counts(url)).toEqual({ visible: 0, inFlight: 2, delayed: 0 });
    await waitFor(() => deliveries.length === 6);
    expect(deliveries.slice(4).map((job) => [job.id, job.attempt]).sort()).toEqual([["job-1", 2], ["job-3", 2]]);
    await waitFor(async () => (await counts(url)).inFlight === 0);
    await queue.stop({ graceMs: 1_000 });
  });

  it("receives in batches of up to 10 and long-polls instead of spinning", async () => {
    const { type, url } = await createQueue();
    await admin.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: Array.from({ length: 10 }, (_, index) => ({ Id: `e${index}`, ...encodeJobMessage(type, { index }, { id: `job-${index}` }) })),
      }),
    );
    const before = server.operations.filter((operation) => operation === "ReceiveMessage").length;
    const queue = await openQueue(type, url);
    const handled = new Set<string>();
    await queue.work(type, { concurrency: 10 }, async (job) => void handled.add(job.id));
    await waitFor(() => handled.size === 10);
    await sleep(500);
    // One batch of 10, then long polls that wait: a handful of receives, not hundreds.
    expect(server.operations.filter((operation) => operation === "ReceiveMessage").length - before).toBeLessThanOrEqual(4);
    await queue.stop({ graceMs: 1_000 });
  });

  it("redelivers a job whose handler outlives the job's lease, and the late delete fails harmlessly", async () => {
    const { type, url } = await createQueue({ VisibilityTimeout: "30" });
    const queue = await openQueue(type, url);
    const attempts: number[] = [];
    await queue.work(type, { concurrency: 2 }, async (job) => {
      const attempt = (job as QueuedJob & { attempt: number }).attempt;
      attempts.push(attempt);
      if (attempt === 1) await sleep(1_500);
    });
    await queue.send(type, {}, { id: randomUUID(), leaseSeconds: 1 });
    await waitFor(() => attempts.length === 2);
    expect(attempts).toEqual([1, 2]);
    await waitFor(() => logLines.some((line) => line.msg.startsWith("could not delete a handled SQS message")));
    await waitFor(async () => (await counts(url)).inFlight === 0 && (await counts(url)).visible === 0);
    await queue.stop({ graceMs: 1_000 });
  });

  it("returns from stop after the grace period and still settles a handler that outlived it", async () => {
    const { type, url } = await createQueue();
    const queue = await openQueue(type, url);
    let finished = false;
    let started = false;
    await queue.work(type, { concurrency: 1 }, async () => {
      started = true;
      await sleep(1_200);
      finished = true;
    });
    await queue.send(type, {}, { id: randomUUID() });
    await waitFor(() => started);
    const stoppedAt = Date.now();
    await queue.stop({ graceMs: 200 });
    expect(Date.now() - stoppedAt).toBeLessThan(1_000);
    expect(finished).toBe(false);
    expect(await counts(url)).toEqual({ visible: 0, inFlight: 1, delayed: 0 });
    await waitFor(() => finished);
    await waitFor(async () => (await counts(url)).inFlight === 0);
  });

  it("refuses to send inside a database transaction, and fails fast on a missing queue", async () => {
    const { type, url } = await createQueue();
    const queue = await openQueue(type, url);
    const transaction: Queryable = { query: async () => ({ rows: [], rowCount: 0 }) };
    await expect(queue.send(type, {}, { id: "j1", transaction })).rejects.toThrow(/transaction/);
    await expect(queue.send("undeclared", {}, { id: "j1" })).rejects.toThrow(/undeclared/);
    await queue.stop();
    const missing = createSqsQueue({ ...connection(), logger, queueUrls: { gone: `${server.url}/000000000000/gone` } });
    await expect(missing.start(["gone"])).rejects.toBeInstanceOf(QueueDoesNotExist);
    await missing.stop();
  });
});

describe("SQS test server: the semantics the adapter relies on", () => {
  let server: SqsTestServer;
  let client: SQSClient;
  beforeAll(async () => {
    server = await startSqsTestServer();
    client = new SQSClient({ region: "us-east-1", endpoint: server.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  });
  afterAll(async () => {
    client?.destroy();
    await server?.close();
  });
  const receive = (url: string, options: { wait?: number; visibility?: number } = {}) =>
    client.send(
      new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: options.wait ?? 0, VisibilityTimeout: options.visibility, MessageSystemAttributeNames: ["ApproximateReceiveCount"] }),
    );

  it("hides a received message for its visibility timeout, then redelivers it with a new receipt handle", async () => {
    const { QueueUrl: url } = await client.send(new CreateQueueCommand({ QueueName: "visibility", Attributes: { VisibilityTimeout: "1" } }));
    await client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "hello" }));
    const first = (await receive(url!)).Messages![0];
    expect(first.Attributes?.ApproximateReceiveCount).toBe("1");
    expect((await receive(url!)).Messages).toBeUndefined();
    const second = (await receive(url!, { wait: 3 })).Messages![0];
    expect(second.Attributes?.ApproximateReceiveCount).toBe("2");
    await expect(client.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: first.ReceiptHandle }))).rejects.toBeInstanceOf(ReceiptHandleIsInvalid);
    await client.send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: second.ReceiptHandle, VisibilityTimeout: 0 }));
    const third = (await receive(url!)).Messages![0];
    await client.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: third.ReceiptHandle }));
    expect((await receive(url!, { wait: 1 })).Messages).toBeUndefined();
  });

  it("moves a message to the dead-letter queue once its receive count would exceed maxReceiveCount", async () => {
    const { QueueUrl: deadLetterUrl } = await client.send(new CreateQueueCommand({ QueueName: "redrive-dead-letter" }));
    const { Attributes: deadLetter = {} } = await client.send(new GetQueueAttributesCommand({ QueueUrl: deadLetterUrl, AttributeNames: ["QueueArn"] }));
    const { QueueUrl: url } = await client.send(
      new CreateQueueCommand({ QueueName: "redrive", Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetter.QueueArn, maxReceiveCount: 2 }) } }),
    );
    await client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "poison" }));
    expect((await receive(url!, { visibility: 0 })).Messages).toHaveLength(1);
    expect((await receive(url!, { visibility: 0 })).Messages).toHaveLength(1);
    expect((await receive(url!, { visibility: 0 })).Messages).toBeUndefined();
    const moved = (await receive(deadLetterUrl!)).Messages![0];
    expect(moved).toMatchObject({ Body: "poison", Attributes: { ApproximateReceiveCount: "1" } });
  });

  it("delays a message and wakes a long poll when it becomes visible", async () => {
    const { QueueUrl: url } = await client.send(new CreateQueueCommand({ QueueName: "delays" }));
    await client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "later", DelaySeconds: 1 }));
    const { Attributes: attributes = {} } = await client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["ApproximateNumberOfMessagesDelayed"] }));
    expect(attributes).toEqual({ ApproximateNumberOfMessagesDelayed: "1" });
    const startedAt = Date.now();
    const received = await receive(url!, { wait: 5 });
    expect(received.Messages?.[0].Body).toBe("later");
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    await client.send(new PurgeQueueCommand({ QueueUrl: url }));
  });

  it("answers errors in SQS's JSON shape, which the SDK maps to its typed exceptions", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AmazonSQS.GetQueueUrl", authorization: "AWS4-HMAC-SHA256 Credential=test" },
      body: JSON.stringify({ QueueName: "missing" }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-query-error")).toBe("AWS.SimpleQueueService.NonExistentQueue;Sender");
    expect(await response.json()).toEqual({ __type: "com.amazonaws.sqs#QueueDoesNotExist", message: "The specified queue does not exist." });
    await expect(client.send(new SendMessageCommand({ QueueUrl: `${server.url}/000000000000/missing`, MessageBody: "x" }))).rejects.toBeInstanceOf(QueueDoesNotExist);
  });
});
