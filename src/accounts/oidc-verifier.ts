import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { z } from "zod";
import type { Role } from "./roles.ts";

export interface OidcSettings {
  issuer: string;
  /** The client id the tokens must be minted for (`aud`, or Cognito access tokens' `client_id`). */
  audience: string;
  /** The claim that lists the caller's groups, e.g. `cognito:groups`; `admin` or `agent` in it is the role. */
  roleClaim: string;
}

export interface OidcIdentity {
  subject: string;
  email?: string;
  role: Role | undefined;
}

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });

/** The role a claim grants: admin wins over agent; a claim may be one string, a list, or space-separated. */
export function roleFromClaim(claim: unknown): Role | undefined {
  const values = Array.isArray(claim) ? claim.map(String) : typeof claim === "string" ? claim.split(/[\s,]+/) : [];
  if (values.includes("admin")) return "admin";
  if (values.includes("agent")) return "agent";
  return undefined;
}

/**
 * Verifies bearer JWTs from an OpenID Connect issuer (e.g. a Cognito user pool). The signing keys
 * come from the issuer's discovery document; jose caches them and refetches on an unknown key id.
 */
export function createOidcVerifier(settings: OidcSettings, fetchImpl: typeof fetch = fetch) {
  const issuer = settings.issuer.replace(/\/+$/, "");
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const loadKeys = async () => {
    const response = await fetchImpl(`${issuer}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`OIDC discovery answered ${response.status}`);
    const discovery = discoverySchema.parse(await response.json());
    if (discovery.issuer.replace(/\/+$/, "") !== issuer) throw new Error(`OIDC discovery names issuer ${discovery.issuer}, not ${issuer}`);
    return createRemoteJWKSet(new URL(discovery.jwks_uri));
  };

  return {
    /** The identity in a valid token; throws when the token is forged, expired, or for another client. */
    async verify(token: string): Promise<OidcIdentity> {
      keys ??= loadKeys().catch((error: unknown) => {
        // A failed discovery must not stick: the next request tries again.
        keys = undefined;
        throw error;
      });
      const { payload } = await jwtVerify(token, await keys, { issuer: [issuer, `${issuer}/`] });
      if (!isForAudience(payload, settings.audience)) throw new Error("The token was issued for another client");
      return {
        subject: payload.sub ?? "",
        email: typeof payload.email === "string" ? payload.email : undefined,
        role: roleFromClaim(payload[settings.roleClaim]),
      };
    },
  };
}

export type OidcVerifier = ReturnType<typeof createOidcVerifier>;

// Cognito access tokens carry the app client in `client_id` and no `aud`; ID tokens carry `aud`.
function isForAudience(payload: JWTPayload, audience: string): boolean {
  const audiences = Array.isArray(payload.aud) ? payload.aud : payload.aud ? [payload.aud] : [];
  return audiences.includes(audience) || payload.client_id === audience;
}

/** Whether a bearer looks like a JWT (three base64url parts, a JSON header), so others skip verification. */
export const looksLikeJwt = (token: string): boolean => /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(token);
