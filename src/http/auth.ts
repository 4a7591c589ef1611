import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import type { ConversationTokens } from "./conversation-tokens.ts";
import { forbidden, unauthorized } from "./errors.ts";

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

/** Requires the admin token: 401 without a token, 403 with a token that is not the admin's. */
export function requireAdmin(context: Context, adminToken: string): void {
  const token = bearerToken(context);
  if (!token) throw unauthorized();
  if (!sameSecret(token, adminToken)) throw forbidden("Admin token required");
}

/** Requires the agent token (the admin token also opens the desk). */
export function requireAgent(context: Context, agentToken: string, adminToken: string): void {
  const token = bearerToken(context);
  if (!token) throw unauthorized();
  if (!sameSecret(token, agentToken) && !sameSecret(token, adminToken)) throw forbidden("Agent token required");
}

/** Requires the token of this very conversation (the admin token also opens any conversation). */
export function requireConversationAccess(context: Context, conversationId: string, tokens: ConversationTokens, adminToken: string): void {
  const token = bearerToken(context);
  if (!token) throw unauthorized();
  if (sameSecret(token, adminToken)) return;
  const opened = tokens.verify(token);
  if (!opened) throw unauthorized("Invalid conversation token");
  if (opened !== conversationId) throw forbidden("This token belongs to another conversation");
}
