import { createHmac, timingSafeEqual } from "node:crypto";

/** The `X-Switchboard-Signature` value of a body: `sha256=` and the hex HMAC-SHA256 of the raw bytes. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

const sameText = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Whether a `sha256=<hex>` header signs this very body with the secret. */
export function isSignedBody(secret: string, body: string, header: string | undefined): boolean {
  return header !== undefined && sameText(header.trim().toLowerCase(), signWebhookBody(secret, body));
}

// Zendesk signs timestamp + body; an old timestamp is a replay.
const zendeskToleranceMs = 5 * 60 * 1000;

/** Zendesk's webhook signature: base64 HMAC-SHA256 of the timestamp header followed by the body. */
export function isZendeskSignedBody(secret: string, body: string, signature: string | undefined, timestamp: string | undefined, now = Date.now()): boolean {
  if (!signature || !timestamp) return false;
  const sentAt = Date.parse(timestamp);
  if (Number.isNaN(sentAt) || Math.abs(now - sentAt) > zendeskToleranceMs) return false;
  return sameText(signature.trim(), createHmac("sha256", secret).update(timestamp + body).digest("base64"));
}
