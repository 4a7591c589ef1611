import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isRetryableWebhookStatus, postWebhook } from "./post-webhook.ts";
import { isSignedBody } from "./webhook-signature.ts";

const secret = "shared-secret-0123456789";
const delivery = { eventType: "conversation.escalated", eventId: "e1", body: '{"type":"conversation.escalated","id":"e1"}' };

/** A fetch that records what it was asked and answers `status` (null: the connection fails). */
function fetchAnswering(status: number | null) {
  const sent: Array<{ url: string; body: string; headers: Record<string, string> }> = [];
  const fake: typeof fetch = async (url, init) => {
    sent.push({ url: String(url), body: String(init?.body), headers: init?.headers as Record<string, string> });
    if (status === null) throw new Error("connect ECONNREFUSED");
    return new Response(null, { status });
  };
  return { fake, sent };
}

describe("postWebhook", () => {
  it("signs the exact body it sends and names the event and delivery", async () => {
    const { fake, sent } = fetchAnswering(204);
    const attempt = await postWebhook({ url: "https://hooks.example.com/a", secret }, delivery, { fetch: fake });
    expect(attempt).toMatchObject({ statusCode: 204, error: null });
    expect(sent[0].body).toBe(delivery.body);
    expect(sent[0].headers["x-switchboard-signature"]).toBe(`sha256=${createHmac("sha256", secret).update(delivery.body).digest("hex")}`);
    expect(sent[0].headers).toMatchObject({ "x-switchboard-event": "conversation.escalated", "x-switchboard-delivery": "e1" });
    expect(isSignedBody(secret, sent[0].body, sent[0].headers["x-switchboard-signature"])).toBe(true);
    expect(isSignedBody(secret, `${sent[0].body} `, sent[0].headers["x-switchboard-signature"])).toBe(false);
  });

  it("reports a refused connection and a server error as errors with what is known", async () => {
    expect(await postWebhook({ url: "https://hooks.example.com/a", secret }, delivery, { fetch: fetchAnswering(null).fake })).toMatchObject({
      statusCode: null,
      error: "connect ECONNREFUSED",
    });
    const failed = await postWebhook({ url: "https://hooks.example.com/a", secret }, delivery, { fetch: fetchAnswering(503).fake });
    expect(failed).toMatchObject({ statusCode: 503, error: "HTTP 503" });
    expect(failed.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("retries no answer, timeouts, throttling and server errors, not a rejected request", () => {
    expect([null, 408, 429, 500, 503].map(isRetryableWebhookStatus)).toEqual([true, true, true, true, true]);
    expect([400, 401, 404, 410, 422].map(isRetryableWebhookStatus)).toEqual([false, false, false, false, false]);
  });
});
