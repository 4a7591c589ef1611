import type { Context } from "hono";
import type { Principal } from "../accounts/principal.ts";
import type { Authorization } from "./auth.ts";

/** How a caller is named in the audit log and on the desk: a person's e-mail, else the credential's subject. */
export const actorName = (principal: Principal): string => (principal.kind === "staff" ? (principal.email ?? principal.subject) : `customer:${principal.conversationId}`);

/** The name of the authenticated caller of this request. */
export async function requestActor(auth: Authorization, context: Context): Promise<string> {
  return actorName(await auth.requirePrincipal(context));
}
