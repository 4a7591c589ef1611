import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The signature a host site's backend puts on its logged-in user: hex HMAC-SHA256 of
 * `${userId}:${email}` under the site's secret (the scheme of mainstream widgets' identity
 * verification), so the browser cannot claim an e-mail the site did not vouch for.
 */
export const signIdentity = (secret: string, userId: string, email: string): string => createHmac("sha256", secret).update(`${userId}:${email}`).digest("hex");

/** Whether a signature is the site's, compared in constant time. */
export function isSignedIdentity(secret: string, identity: { userId: string; email: string; signature: string }): boolean {
  const expected = Buffer.from(signIdentity(secret, identity.userId, identity.email), "hex");
  const given = /^[0-9a-f]+$/i.test(identity.signature) ? Buffer.from(identity.signature, "hex") : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
