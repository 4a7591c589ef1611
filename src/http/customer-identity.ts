import type { Context } from "hono";
import { isSignedIdentity } from "../accounts/identity-signature.ts";
import type { Principal } from "../accounts/principal.ts";
import { grants } from "../accounts/roles.ts";
import type { WidgetSite } from "../accounts/widget-site-store.ts";
import type { Customer } from "../conversation/conversation-store.ts";
import { HttpError, forbidden } from "./errors.ts";

export interface IdentityInput {
  customer: Omit<Customer, "emailVerified">;
  site?: string;
  identity?: { userId: string; email: string; signature: string };
}

export type FindSite = (id: string) => Promise<(WidgetSite & { secret: string }) | undefined>;

/**
 * Who the customer of a new conversation is, and whether their e-mail is vouched for: by the host
 * site's signed identity, or by a trusted backend (an admin credential) starting the conversation.
 * An e-mail a browser merely typed in stays unverified.
 */
export async function resolveCustomerIdentity(context: Context, input: IdentityInput, caller: Principal | undefined, findSite: FindSite): Promise<{ customer: Customer; siteId?: string }> {
  const site = input.site === undefined ? undefined : await findSite(input.site);
  if (input.site !== undefined && !site) throw new HttpError(422, "unknown_site", `No widget site ${input.site}`);
  if (site) checkOrigin(context, site);
  if (input.identity) {
    if (!site) throw new HttpError(422, "validation_failed", "A signed identity needs the site that signed it");
    if (!isSignedIdentity(site.secret, input.identity)) throw new HttpError(401, "invalid_identity", "The identity signature does not match this site's secret");
    if (input.customer.email && input.customer.email.toLowerCase() !== input.identity.email.toLowerCase()) {
      throw new HttpError(422, "validation_failed", "customer.email differs from the signed identity");
    }
    return { customer: { ...input.customer, id: input.identity.userId, email: input.identity.email, emailVerified: true }, siteId: site.id };
  }
  const vouched = caller?.kind === "staff" && grants(caller.role, "admin");
  return { customer: { ...input.customer, emailVerified: vouched && Boolean(input.customer.email) }, siteId: site?.id };
}

// An origin list is what stops another site from embedding this site's widget; no list, no check.
function checkOrigin(context: Context, site: WidgetSite): void {
  const origin = context.req.header("origin");
  if (site.allowedOrigins.length === 0 || !origin) return;
  if (!site.allowedOrigins.includes(origin)) throw forbidden(`The origin ${origin} is not allowed for site ${site.id}`);
}
