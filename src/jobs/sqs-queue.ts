import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { Logger } from "../observability/logger.ts";
import type { Queue } from "./queue.ts";
import { encodeJobMessage } from "./sqs-job-message.ts";
import { startSqsWorker, type SqsWorker } from "./sqs-worker.ts";

export interface SqsQueueOptions {
  region: string;
  /** Always passed to the client, so the SDK never falls back to AWS_ENDPOINT_URL. Default: the region's public endpoint. */
  endpoint?: string;
  /** Static credentials from config; without them the SDK's default chain applies (e.g. an ECS task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /**
   * One standard queue per job type. Each queue carries its own redrive policy (maxReceiveCount →
   * dead-letter queue): that, not a job's `retryLimit`, decides when SQS gives a job up.
   */
  queueUrls: Record<string, string>;
  logger: Logger;
  /** Long-polling wait per receive, 0–20 s. Default 20. */
  waitTimeSeconds?: number;
  /** The lease (visibility timeout at receive). Default: the queue's own VisibilityTimeout. A job's `leaseSeconds` wins. */
  leaseSeconds?: number;
  /** First retry delay, × 4 per further delivery (1 s, 4 s, 16 s …). Default 1. A job's `retryDelaySeconds` wins. */
  retryDelaySeconds?: number;
  /** Upper bound on one retry delay. Default 900. */
  maxRetryDelaySeconds?: number;
}

const sqsMaxDelaySeconds = 900;

/**
 * A Queue on Amazon SQS. Delivery is at least once and a message may arrive twice (standard queues,
 * no deduplication id): handlers must be idempotent, as Switchboard's job records make them.
 *
 * SQS cannot join a database transaction, so `send` refuses the `transaction` option: the caller
 * commits the job record first and sends after. A crash between the two leaves a queued record
 * without a message (the outbox gap), which a sweep that re-sends old queued jobs closes; sending
 * before the commit would be worse, as a worker could receive the job before its record exists.
 */
export function createSqsQueue(options: SqsQueueOptions): Queue {
  const client = new SQSClient({
    region: options.region,
    endpoint: options.endpoint ?? `https://sqs.${options.region}.amazonaws.com`,
    credentials: options.credentials,
  });
  const { logger } = options;
  const leaseSeconds = new Map<string, number>();
  const maxReceiveCounts = new Map<string, number | undefined>();
  const warnedRetryLimit = new Set<string>();
  const workers: SqsWorker[] = [];

  const queueUrl = (type: string) => {
    const url = options.queueUrls[type];
    if (!url) throw new Error(`Job type ${type} has no SQS queue URL`);
    if (!leaseSeconds.has(type)) throw new Error(`Job type ${type} was not declared when the queue started`);
    return url;
  };

  return {
    transactionalSend: false,
    async start(jobTypes) {
      for (const type of jobTypes) {
        const url = options.queueUrls[type];
        if (!url) throw new Error(`Job type ${type} has no SQS queue URL`);
        // Read once, so a missing queue fails at start and the receive lease matches the queue's.
        const { Attributes: attributes = {} } = await client.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["VisibilityTimeout", "RedrivePolicy"] }),
        );
        const redrive = attributes.RedrivePolicy ? (JSON.parse(attributes.RedrivePolicy) as { maxReceiveCount?: number | string }) : undefined;
        if (!redrive) logger.warn({ type, queueUrl: url }, "SQS queue has no redrive policy: a job that always fails is retried until it expires");
        maxReceiveCounts.set(type, redrive?.maxReceiveCount === undefined ? undefined : Number(redrive.maxReceiveCount));
        leaseSeconds.set(type, options.leaseSeconds ?? Number(attributes.VisibilityTimeout ?? 30));
      }
    },
    async send(type, payload, sendOptions) {
      const url = queueUrl(type);
      if (sendOptions.transaction) {
        throw new Error("SQS cannot send inside a database transaction: commit the job record, then send");
      }
      const maxReceiveCount = maxReceiveCounts.get(type);
      if (sendOptions.retryLimit !== undefined && maxReceiveCount !== undefined && sendOptions.retryLimit + 1 !== maxReceiveCount && !warnedRetryLimit.has(type)) {
        warnedRetryLimit.add(type);
        logger.warn({ type, retryLimit: sendOptions.retryLimit, maxReceiveCount }, "SQS gives jobs up after the queue's maxReceiveCount, not the job's retryLimit");
      }
      // SQS delays a message by at most 15 minutes; a longer retry delay is cut to that.
      const delaySeconds = sendOptions.delaySeconds ? Math.min(sqsMaxDelaySeconds, Math.ceil(sendOptions.delaySeconds)) : undefined;
      await client.send(new SendMessageCommand({ QueueUrl: url, DelaySeconds: delaySeconds, ...encodeJobMessage(type, payload, sendOptions) }));
    },
    async work(type, workOptions, handler) {
      workers.push(
        startSqsWorker({
          client,
          queueUrl: queueUrl(type),
          type,
          concurrency: Math.max(1, workOptions.concurrency),
          leaseSeconds: leaseSeconds.get(type)!,
          waitTimeSeconds: options.waitTimeSeconds ?? 20,
          retryDelaySeconds: options.retryDelaySeconds ?? 1,
          maxRetryDelaySeconds: options.maxRetryDelaySeconds ?? 900,
          logger,
          handler,
        }),
      );
    },
    async stop(stopOptions) {
      await Promise.all(workers.map((worker) => worker.stop(stopOptions?.graceMs ?? 10_000)));
      // Handlers that outlive the grace period still settle their messages, so the client stays open for them.
      void Promise.all(workers.map((worker) => worker.idle())).then(() => client.destroy());
    },
  };
}
