import { randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";
import type { Role } from "./roles.ts";
import { hashSecret, randomSecret } from "./secret-hash.ts";

/** API tokens carry a prefix so that the server (and secret scanners) can tell them from other bearers. */
export const apiTokenPrefix = "sbt_";
// last_used_at is a hint for admins, not an audit trail: one write a minute per token is enough.
const touchEveryMs = 60_000;

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  revoked: boolean;
}

interface ApiTokenRow {
  id: string;
  name: string;
  role: Role;
  created_at: Date;
  last_used_at: Date | null;
  revoked: boolean;
}

const toApiToken = (row: ApiTokenRow): ApiToken => ({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at, lastUsedAt: row.last_used_at, revoked: row.revoked });

/** Creates a token; the secret is answered here once and only its hash is kept. */
export async function createApiToken(db: Queryable, input: { name: string; role: Role }): Promise<ApiToken & { token: string }> {
  const token = `${apiTokenPrefix}${randomSecret()}`;
  const result = await db.query<ApiTokenRow>("INSERT INTO api_tokens (id, token_hash, name, role) VALUES ($1, $2, $3, $4) RETURNING *", [
    randomUUID(),
    hashSecret(token),
    input.name,
    input.role,
  ]);
  return { ...toApiToken(result.rows[0]), token };
}

/** Every token, newest first (never the secrets). */
export async function listApiTokens(db: Queryable): Promise<ApiToken[]> {
  return (await db.query<ApiTokenRow>("SELECT * FROM api_tokens ORDER BY created_at DESC")).rows.map(toApiToken);
}

/** The live token a secret opens, noting its use; undefined when unknown or revoked. */
export async function findApiToken(db: Queryable, token: string): Promise<ApiToken | undefined> {
  const row = (await db.query<ApiTokenRow>("SELECT * FROM api_tokens WHERE token_hash = $1 AND NOT revoked", [hashSecret(token)])).rows[0];
  if (!row) return undefined;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > touchEveryMs) {
    await db.query("UPDATE api_tokens SET last_used_at = now() WHERE id = $1", [row.id]);
  }
  return toApiToken(row);
}

/** Revokes a token; undefined when there is no such token. */
export async function revokeApiToken(db: Queryable, id: string): Promise<ApiToken | undefined> {
  const row = (await db.query<ApiTokenRow>("UPDATE api_tokens SET revoked = true WHERE id = $1 RETURNING *", [id])).rows[0];
  return row && toApiToken(row);
}
