import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { apiTokenPrefix, findApiToken } from "../accounts/api-token-store.ts";
import { looksLikeJwt, type OidcVerifier } from "../accounts/oidc-verifier.ts";
import type { Principal } from "../accounts/principal.ts";
import { findSession, sessionLifetimeSeconds } from "../accounts/session-store.ts";
import type { Logger } from "../observability/logger.ts";
import type { Queryable } from "../storage/database.ts";
import type { ConversationTokens } from "./conversation-tokens.ts";
import { bearerToken, sameSecret } from "./secrets.ts";

export const sessionCookieName = "sb_session";

export interface AuthenticationDependencies {
  db: Queryable;
  adminToken: string;
  agentToken: string;
  conversationTokens: ConversationTokens;
  oidc?: OidcVerifier;
  logger: Logger;
}

/** Who called, and whether they presented credentials at all (an unknown credential is still 401, not 403). */
export interface Authentication {
  principal?: Principal;
  presented: boolean;
}

/** Writes the session cookie: HTTP-only, same-site only, Secure whenever the client reached us over HTTPS. */
export function setSessionCookie(context: Context, id: string, maxAgeSeconds = sessionLifetimeSeconds): void {
  setCookie(context, sessionCookieName, id, { httpOnly: true, sameSite: "Strict", secure: isHttps(context), path: "/", maxAge: maxAgeSeconds });
}

// Behind a TLS-terminating proxy the request itself is plain HTTP; the proxy says what the client used.
const isHttps = (context: Context) => new URL(context.req.url).protocol === "https:" || context.req.header("x-forwarded-proto")?.split(",")[0]?.trim() === "https";

const isSafeMethod = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";

// SameSite=Strict keeps other sites' requests cookieless; a sibling origin of the same site is caught here.
function isSameOrigin(context: Context): boolean {
  const origin = context.req.header("origin");
  if (!origin || origin === "null") return !origin;
  const host = context.req.header("x-forwarded-host") ?? context.req.header("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Resolves the caller from a bearer token (admin, agent, API token, OIDC JWT, conversation token)
 * or else the session cookie. Cheap checks first: the hot path, a customer's conversation token,
 * never touches the database.
 */
export async function authenticateRequest(context: Context, deps: AuthenticationDependencies): Promise<Authentication> {
  const token = bearerToken(context);
  if (token) return { presented: true, principal: await principalFromBearer(token, deps) };
  const sessionId = getCookie(context, sessionCookieName);
  if (!sessionId) return { presented: false };
  if (!isSafeMethod(context.req.method) && !isSameOrigin(context)) return { presented: true };
  const session = await findSession(deps.db, sessionId);
  if (!session) return { presented: true };
  if (session.renewed) setSessionCookie(context, sessionId);
  return { presented: true, principal: { kind: "staff", credential: "session", role: session.role, subject: session.email, userId: session.userId, email: session.email } };
}

async function principalFromBearer(token: string, deps: AuthenticationDependencies): Promise<Principal | undefined> {
  if (sameSecret(token, deps.adminToken)) return { kind: "staff", credential: "admin-token", role: "admin", subject: "admin-token" };
  if (sameSecret(token, deps.agentToken)) return { kind: "staff", credential: "agent-token", role: "agent", subject: "agent-token" };
  if (token.startsWith(apiTokenPrefix)) {
    const apiToken = await findApiToken(deps.db, token);
    return apiToken && { kind: "staff", credential: "api-token", role: apiToken.role, subject: `token:${apiToken.name}` };
  }
  if (deps.oidc && looksLikeJwt(token)) {
    try {
      const identity = await deps.oidc.verify(token);
      return { kind: "staff", credential: "oidc", role: identity.role, subject: identity.subject, email: identity.email };
    } catch (error) {
      deps.logger.debug({ err: error }, "bearer JWT rejected");
      return undefined;
    }
  }
  const conversationId = deps.conversationTokens.verify(token);
  return conversationId ? { kind: "customer", conversationId } : undefined;
}
