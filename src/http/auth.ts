import type { Context, MiddlewareHandler } from "hono";
import type { Principal } from "../accounts/principal.ts";
import { grants, type Role } from "../accounts/roles.ts";
import { authenticateRequest, type Authentication, type AuthenticationDependencies } from "./authenticate-request.ts";
import { forbidden, unauthorized } from "./errors.ts";

import type { ConversationTokens } from "./conversation-tokens.ts";
import { bearerToken, sameSecret } from "./secrets.ts";

export { bearerToken, sameSecret };

const noCredentials = () => unauthorized("Credentials are required: a bearer token or a session");
const badCredentials = () => unauthorized("The bearer token or session is not valid");

/**
 * The one authorization layer: every protected route goes through `requireRole` or
 * `requireConversationAccess`. The caller is resolved once per request, and only when a route asks.
 */
export function createAuthorization(deps: AuthenticationDependencies) {
  const resolved = new WeakMap<Request, Promise<Authentication>>();
  const authenticate = (context: Context) => {
    let authentication = resolved.get(context.req.raw);
    if (!authentication) resolved.set(context.req.raw, (authentication = authenticateRequest(context, deps)));
    return authentication;
  };
  /** The caller; throws 401 when there is none. */
  const requirePrincipal = async (context: Context): Promise<Principal> => {
    const { principal, presented } = await authenticate(context);
    if (!principal) throw presented ? badCredentials() : noCredentials();
    return principal;
  };

  return {
    /** The caller, if they presented valid credentials. */
    principal: async (context: Context) => (await authenticate(context)).principal,
    requirePrincipal,
    /** Middleware: staff holding `role` (an admin holds every role) pass; 401 without credentials, 403 otherwise. */
    requireRole(role: Role): MiddlewareHandler {
      return async (context, next) => {
        const principal = await requirePrincipal(context);
        if (principal.kind !== "staff" || !grants(principal.role, role)) throw forbidden(`This needs the ${role} role`);
        await next();
      };
    },
    /** Only the customer of this very conversation, or an admin, may open it. */
    async requireConversationAccess(context: Context, conversationId: string): Promise<Principal> {
      const principal = await requirePrincipal(context);
      checkConversationOwnership(principal, conversationId);
      return principal;
    },
  };
}

/** The ownership rule of conversations: the customer holding its token, or an admin. */
function checkConversationOwnership(principal: Principal, conversationId: string): void {
  if (principal.kind === "staff" && grants(principal.role, "admin")) return;
  if (principal.kind === "customer" && principal.conversationId === conversationId) return;
  throw forbidden(principal.kind === "customer" ? "This token belongs to another conversation" : "Conversations are opened by their customer; agents use the desk");
}

/**
 * The same ownership rule for routes that only know the bearer secrets (the conversation token or
 * the admin token), without sessions or API tokens. Prefer `Authorization.requireConversationAccess`.
 */
export function requireConversationAccess(context: Context, conversationId: string, tokens: ConversationTokens, adminToken: string): void {
  const token = bearerToken(context);
  if (!token) throw noCredentials();
  const customerOf = tokens.verify(token);
  const principal: Principal | undefined = sameSecret(token, adminToken)
    ? { kind: "staff", credential: "admin-token", role: "admin", subject: "admin-token" }
    : customerOf
      ? { kind: "customer", conversationId: customerOf }
      : undefined;
  if (!principal) throw badCredentials();
  checkConversationOwnership(principal, conversationId);
}

export type Authorization = ReturnType<typeof createAuthorization>;
