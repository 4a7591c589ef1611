import { z } from "zod";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import type { DomainEvent, DomainEventHandler } from "../jobs/events.ts";
import { PermanentJobError, type JobHandler } from "../jobs/job-runner.ts";
import type { Queue } from "../jobs/queue.ts";
import type { RetryPolicy } from "../jobs/retry-policy.ts";
import type { Database } from "../storage/database.ts";
import { isRetryableWebhookStatus, postWebhook } from "./post-webhook.ts";
import { recordWebhookDelivery } from "./webhook-delivery-store.ts";
import { findWebhookEndpoint, webhookEndpointsFor } from "./webhook-endpoint-store.ts";

export const webhookDeliveryJobType = "webhook.deliver";

// The body is kept as sent, so every attempt signs and sends the very same bytes.
const payloadSchema = z.object({ endpointId: z.uuid(), eventId: z.string().min(1), eventType: z.string().min(1), body: z.string().min(2) });

/**
 * Hears every domain event and queues one `webhook.deliver` job per endpoint listening to its type.
 * The idempotency key (event id + endpoint) keeps an event from being queued twice for one endpoint.
 */
export function enqueueWebhookDeliveries(deps: { db: Database; queue: Queue; retry: RetryPolicy }): DomainEventHandler {
  return async (event: DomainEvent) => {
    const endpoints = await webhookEndpointsFor(deps.db, event.type);
    if (endpoints.length === 0) return;
    const body = JSON.stringify({ type: event.type, id: event.id, occurredAt: event.occurredAt, data: event.data });
    for (const endpoint of endpoints) {
      await enqueueJob(deps.db, deps.queue, {
        type: webhookDeliveryJobType,
        payload: { endpointId: endpoint.id, eventId: event.id, eventType: event.type, body },
        idempotencyKey: `${webhookDeliveryJobType}:${event.id}:${endpoint.id}`,
        maxAttempts: deps.retry.maxAttempts,
      });
    }
  };
}

/**
 * The `webhook.deliver` job: one signed POST per attempt, each recorded (status, duration, error).
 * A retryable failure throws, so the job runner retries on its policy and dead-letters after the
 * last attempt; a receiver that rejects the request (4xx) fails the job at once.
 */
export function createWebhookDeliveryJob(deps: { db: Database; retry: RetryPolicy }): JobHandler {
  return {
    type: webhookDeliveryJobType,
    // Receivers, not models, are waited on; SWITCHBOARD_JOB_CONCURRENCY=webhook.deliver=N changes it.
    concurrency: 10,
    retry: deps.retry,
    async run(context) {
      const parsed = payloadSchema.safeParse(context.payload);
      if (!parsed.success) throw new PermanentJobError(`Not a webhook delivery: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
      const delivery = parsed.data;
      const endpoint = await findWebhookEndpoint(deps.db, delivery.endpointId);
      if (!endpoint) return { skipped: "endpoint deleted" };
      const attempt = await postWebhook(endpoint, delivery);
      await recordWebhookDelivery(deps.db, {
        eventId: delivery.eventId,
        eventType: delivery.eventType,
        url: endpoint.url,
        attempt: context.attempt,
        endpointId: endpoint.id,
        jobId: context.jobId,
        ...attempt,
      });
      if (attempt.error === null) return { statusCode: attempt.statusCode, durationMs: attempt.durationMs };
      if (isRetryableWebhookStatus(attempt.statusCode)) throw new Error(`${endpoint.url}: ${attempt.error}`);
      throw new PermanentJobError(`${endpoint.url} rejected the delivery: ${attempt.error}`);
    },
  };
}
