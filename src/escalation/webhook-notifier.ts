import type { DomainEvent } from "../jobs/events.ts";
import type { Logger } from "../observability/logger.ts";
import type { WebhookDelivery } from "./webhook-delivery-store.ts";
import { signWebhookBody } from "./webhook-signature.ts";

/** The events the generic webhook carries. */
export const webhookEventTypes: ReadonlySet<string> = new Set(["conversation.escalated", "conversation.resolved"]);

export interface WebhookNotifierOptions {
  urls: readonly string[];
  secret: string;
  /** Where each attempt is recorded. */
  record: (delivery: WebhookDelivery) => Promise<void>;
  logger: Logger;
  /** Waits between attempts; its length + 1 is the number of attempts. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
  fetch?: typeof fetch;
}

// A receiver that rejects the request itself will reject it again; only these may pass later.
const isRetryable = (status: number | null) => status === null || status === 408 || status === 429 || status >= 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The generic webhook: POSTs `{type, id, occurredAt, data}` to every configured URL with
 * `X-Switchboard-Signature: sha256=<hex HMAC of the body>`, retrying a failed delivery after 1 s
 * and 4 s, and recording every attempt. The retries wait in this process; on the job queue they
 * would survive a restart.
 */
export function createWebhookNotifier(options: WebhookNotifierOptions): (event: DomainEvent) => Promise<void> {
  const retryDelaysMs = options.retryDelaysMs ?? [1000, 4000];
  const send = options.fetch ?? fetch;

  const attempt = async (url: string, body: string, event: DomainEvent): Promise<{ statusCode: number | null; error: string | null }> => {
    try {
      const response = await send(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Switchboard-Webhook/1",
          "x-switchboard-event": event.type,
          "x-switchboard-delivery": event.id,
          "x-switchboard-signature": signWebhookBody(options.secret, body),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel().catch(() => {});
      return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      return { statusCode: null, error: error instanceof Error ? error.message : String(error) };
    }
  };

  const deliver = async (url: string, body: string, event: DomainEvent): Promise<void> => {
    for (let number = 1; ; number++) {
      const outcome = await attempt(url, body, event);
      await options.record({ eventId: event.id, eventType: event.type, url, attempt: number, ...outcome });
      if (outcome.error === null) return;
      const delay = retryDelaysMs[number - 1];
      if (delay === undefined || !isRetryable(outcome.statusCode)) {
        options.logger.warn({ eventType: event.type, eventId: event.id, url, attempts: number, error: outcome.error }, "webhook not delivered");
        return;
      }
      await sleep(delay);
    }
  };

  return async (event) => {
    if (!webhookEventTypes.has(event.type) || options.urls.length === 0) return;
    const body = JSON.stringify({ type: event.type, id: event.id, occurredAt: event.occurredAt, data: event.data });
    await Promise.all(options.urls.map((url) => deliver(url, body, event)));
  };
}
