import { setTimeout as sleep } from "node:timers/promises";
import { ChangeMessageVisibilityCommand, DeleteMessageCommand, ReceiveMessageCommand, type Message, type SQSClient } from "@aws-sdk/client-sqs";
import type { Logger } from "../observability/logger.ts";
import type { QueuedJob } from "./queue.ts";
import { decodeJobMessage } from "./sqs-job-message.ts";
import { sqsRetryDelaySeconds } from "./sqs-retry-delay.ts";

export interface SqsWorkerSettings {
  client: SQSClient;
  queueUrl: string;
  type: string;
  concurrency: number;
  /** Visibility timeout asked for at receive: how long a delivery may run before SQS redelivers it. */
  leaseSeconds: number;
  waitTimeSeconds: number;
  retryDelaySeconds: number;
  maxRetryDelaySeconds: number;
  logger: Logger;
  handler: (job: QueuedJob) => Promise<void>;
}

export interface SqsWorker {
  /** Stops receiving, releases what was received but not started, and waits up to `graceMs` for running handlers. */
  stop(graceMs: number): Promise<void>;
  /** Settles once every handler has returned, even those that outlived the grace period. */
  idle(): Promise<void>;
}

const receiveErrorPauseMs = 1_000;

/** Receives one job type's messages and runs its handler, never more than `concurrency` at once. */
export function startSqsWorker(settings: SqsWorkerSettings): SqsWorker {
  const { client, queueUrl, type, logger } = settings;
  const running = new Set<Promise<void>>();
  const stopping = new AbortController();
  let slotFreed: () => void = () => {};

  const waitForFreeSlot = () =>
    running.size < settings.concurrency ? Promise.resolve() : new Promise<void>((resolve) => (slotFreed = resolve));

  const changeVisibility = async (message: Message, seconds: number, jobId: string | undefined) => {
    try {
      await client.send(new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: seconds }));
    } catch (error) {
      // The lease ran out first: SQS redelivers the message anyway, just on its own schedule.
      logger.warn({ err: error, type, jobId, seconds }, "could not change an SQS message's visibility");
    }
  };

  const deliver = async (message: Message) => {
    const received = decodeJobMessage(type, message);
    if (!received) {
      // Left for redrive: after maxReceiveCount deliveries SQS moves it to the dead-letter queue.
      logger.warn({ type, messageId: message.MessageId }, "SQS message is not a job of this type");
      await changeVisibility(message, sqsRetryDelaySeconds(1, settings.retryDelaySeconds, settings.maxRetryDelaySeconds), undefined);
      return;
    }
    const { job, attempt } = received;
    if (received.leaseSeconds !== undefined && received.leaseSeconds !== settings.leaseSeconds) {
      await changeVisibility(message, received.leaseSeconds, job.id);
    }
    try {
      // `attempt` rides along for handlers that read it; the port's QueuedJob does not declare it yet.
      const delivery: QueuedJob & { attempt: number } = { ...job, attempt };
      await settings.handler(delivery);
    } catch (error) {
      const delay = sqsRetryDelaySeconds(attempt, received.retryDelaySeconds ?? settings.retryDelaySeconds, settings.maxRetryDelaySeconds);
      logger.debug({ err: error, type, jobId: job.id, attempt, retryInSeconds: delay }, "job delivery failed; SQS redelivers it after the delay");
      await changeVisibility(message, delay, job.id);
      return;
    }
    try {
      await client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
    } catch (error) {
      logger.warn({ err: error, type, jobId: job.id }, "could not delete a handled SQS message; it will be delivered again");
    }
  };

  const start = (message: Message) => {
    const delivery: Promise<void> = deliver(message)
      .catch((error: unknown) => logger.error({ err: error, type }, "SQS delivery failed unexpectedly"))
      .finally(() => {
        running.delete(delivery);
        slotFreed();
      });
    running.add(delivery);
  };

  const receiveLoop = async () => {
    while (!stopping.signal.aborted) {
      await waitForFreeSlot();
      if (stopping.signal.aborted) return;
      let messages: Message[];
      try {
        const response = await client.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            // Only as many as there are free slots: a message waiting here would spend its lease idle.
            MaxNumberOfMessages: Math.min(10, settings.concurrency - running.size),
            WaitTimeSeconds: settings.waitTimeSeconds,
            VisibilityTimeout: settings.leaseSeconds,
            MessageSystemAttributeNames: ["ApproximateReceiveCount"],
            MessageAttributeNames: ["All"],
          }),
          { abortSignal: stopping.signal },
        );
        messages = response.Messages ?? [];
      } catch (error) {
        if (stopping.signal.aborted) return;
        logger.warn({ err: error, type }, "SQS receive failed; retrying");
        await sleep(receiveErrorPauseMs, undefined, { signal: stopping.signal }).catch(() => {});
        continue;
      }
      if (stopping.signal.aborted) {
        // Received while stopping: hand them straight back rather than hold them for a whole lease.
        await Promise.all(messages.map((message) => changeVisibility(message, 0, undefined)));
        return;
      }
      for (const message of messages) start(message);
    }
  };
  const loop = receiveLoop();

  return {
    async stop(graceMs) {
      stopping.abort();
      slotFreed();
      await loop;
      const grace = new AbortController();
      await Promise.race([Promise.allSettled([...running]), sleep(graceMs, undefined, { signal: grace.signal }).catch(() => {})]);
      grace.abort();
    },
    async idle() {
      await loop;
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
