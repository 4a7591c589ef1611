import { createHmac } from "node:crypto";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { DomainEvent } from "../jobs/events.ts";
import type { WebhookDelivery } from "./webhook-delivery-store.ts";
import { createWebhookNotifier } from "./webhook-notifier.ts";
import { isSignedBody, isZendeskSignedBody } from "./webhook-signature.ts";

const secret = "shared-secret-0123456789";
const event: DomainEvent = { type: "conversation.escalated", id: "e1", occurredAt: "2025-01-01T00:00:00.000Z", data: { conversationId: "c1" } };

/** A notifier whose receiver answers the given statuses in turn (null: the connection fails). */
function notifierAgainst(statuses: Array<number | null>) {
  const deliveries: WebhookDelivery[] = [];
  const bodies: Array<{ body: string; signature: string }> = [];
  const notify = createWebhookNotifier({
    urls: ["https://hooks.example.com/a"],
    secret,
    record: async (delivery) => void deliveries.push(delivery),
    logger: pino({ level: "silent" }),
    retryDelaysMs: [1, 4],
    fetch: async (_url, init) => {
      const headers = init?.headers as Record<string, string>;
      bodies.push({ body: String(init?.body), signature: headers["x-switchboard-signature"] });
      const status = statuses.length > 0 ? statuses.shift() : 200;
      if (status === null) throw new Error("connect ECONNREFUSED");
      return new Response(null, { status });
    },
  });
  return { notify, deliveries, bodies };
}

describe("generic webhook notifier", () => {
  it("signs the exact body it sends", async () => {
    const { notify, bodies } = notifierAgainst([204]);
    await notify(event);
    expect(JSON.parse(bodies[0].body)).toEqual({ type: event.type, id: event.id, occurredAt: event.occurredAt, data: event.data });
    expect(bodies[0].signature).toBe(`sha256=${createHmac("sha256", secret).update(bodies[0].body).digest("hex")}`);
    expect(isSignedBody(secret, bodies[0].body, bodies[0].signature)).toBe(true);
    expect(isSignedBody(secret, `${bodies[0].body} `, bodies[0].signature)).toBe(false);
  });

  it("gives up after three attempts and records each one", async () => {
    const { notify, deliveries } = notifierAgainst([500, null, 503]);
    await notify(event);
    expect(deliveries.map((delivery) => [delivery.attempt, delivery.statusCode, delivery.error])).toEqual([
      [1, 500, "HTTP 500"],
      [2, null, "connect ECONNREFUSED"],
      [3, 503, "HTTP 503"],
    ]);
  });

  it("does not retry a request the receiver rejected, nor send events it does not carry", async () => {
    const rejected = notifierAgainst([400]);
    await rejected.notify(event);
    expect(rejected.deliveries).toHaveLength(1);
    const other = notifierAgainst([]);
    await other.notify({ ...event, type: "conversation.customer_message" });
    expect(other.bodies).toHaveLength(0);
  });
});

describe("Zendesk webhook signature", () => {
  it("accepts a fresh signature of timestamp + body and refuses an old one", () => {
    const body = '{"ticket":{"id":"1","status":"solved"}}';
    const timestamp = "2025-03-01T10:00:00Z";
    const signature = createHmac("sha256", secret).update(timestamp + body).digest("base64");
    const now = Date.parse(timestamp) + 60_000;
    expect(isZendeskSignedBody(secret, body, signature, timestamp, now)).toBe(true);
    expect(isZendeskSignedBody(secret, body, signature, timestamp, now + 10 * 60_000)).toBe(false);
    expect(isZendeskSignedBody("another-secret-000000", body, signature, timestamp, now)).toBe(false);
  });
});
