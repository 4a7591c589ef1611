import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";

/** The bearer token of a request, if any. */
export function bearerToken(context: Context): string | undefined {
  const header = context.req.header("authorization");
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** Compares secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
