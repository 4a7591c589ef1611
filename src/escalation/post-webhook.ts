import { signWebhookBody } from "./webhook-signature.ts";

/** What one POST to a webhook endpoint came to. */
export interface WebhookAttempt {
  /** The receiver's status; null when no answer came (refused, timed out). */
  statusCode: number | null;
  /** Null once the receiver accepted (2xx). */
  error: string | null;
  durationMs: number;
}

// A receiver that has not answered by then is treated as not answering; the job retries later.
const webhookTimeoutMs = 10_000;

/** Whether a later attempt may succeed: no answer, a timeout, throttling or a server error. A receiver that rejected the request will reject it again. */
export const isRetryableWebhookStatus = (status: number | null) => status === null || status === 408 || status === 429 || status >= 500;

/**
 * POSTs a body to a webhook endpoint once, signed `X-Switchboard-Signature: sha256=<hex HMAC>` with
 * the endpoint's secret; `X-Switchboard-Delivery` (the event id) lets a receiver drop a repeat.
 */
export async function postWebhook(
  target: { url: string; secret: string },
  delivery: { eventType: string; eventId: string; body: string },
  options: { fetch?: typeof fetch } = {},
): Promise<WebhookAttempt> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await (options.fetch ?? fetch)(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Switchboard-Webhook/1",
        "x-switchboard-event": delivery.eventType,
        "x-switchboard-delivery": delivery.eventId,
        "x-switchboard-signature": signWebhookBody(target.secret, delivery.body),
      },
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(webhookTimeoutMs),
    });
    await response.body?.cancel().catch(() => {});
    return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}`, durationMs: elapsed() };
  } catch (error) {
    return { statusCode: null, error: error instanceof Error ? error.message : String(error), durationMs: elapsed() };
  }
}
