import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isZendeskSignedBody } from "./webhook-signature.ts";

const secret = "shared-secret-0123456789";

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
