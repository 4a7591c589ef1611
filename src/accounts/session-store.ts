import type { Queryable } from "../storage/database.ts";
import type { Role } from "./roles.ts";
import { hashSecret, randomSecret } from "./secret-hash.ts";

export const sessionLifetimeSeconds = 8 * 60 * 60;
// A session is pushed forward at most this often, so that a busy desk does not write on every request.
const slideEverySeconds = 5 * 60;

export interface Session {
  userId: string;
  email: string;
  role: Role;
  expiresAt: Date;
  /** True when this lookup pushed the expiry forward (the cookie should be set again). */
  renewed: boolean;
}

/** Opens a session for a user; answers the secret id (for the cookie) once. */
export async function createSession(db: Queryable, userId: string): Promise<{ id: string; expiresAt: Date }> {
  const id = randomSecret();
  const expiresAt = new Date(Date.now() + sessionLifetimeSeconds * 1000);
  await db.query("INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, $3)", [hashSecret(id), userId, expiresAt]);
  // Expired sessions are swept as new ones open; no timer needed.
  await db.query("DELETE FROM sessions WHERE expires_at < now()");
  return { id, expiresAt };
}

/** The live session of an enabled user, its expiry slid forward; undefined when expired, ended or disabled. */
export async function findSession(db: Queryable, id: string): Promise<Session | undefined> {
  const hash = hashSecret(id);
  const row = (
    await db.query<{ user_id: string; email: string; role: Role; expires_at: Date }>(
      `SELECT s.user_id, u.email, u.role, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
      [hash],
    )
  ).rows[0];
  if (!row) return undefined;
  const slidTo = new Date(Date.now() + sessionLifetimeSeconds * 1000);
  const renewed = slidTo.getTime() - row.expires_at.getTime() > slideEverySeconds * 1000;
  if (renewed) await db.query("UPDATE sessions SET expires_at = $2 WHERE id_hash = $1", [hash, slidTo]);
  return { userId: row.user_id, email: row.email, role: row.role, expiresAt: renewed ? slidTo : row.expires_at, renewed };
}

/** Ends a session (logout). */
export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE id_hash = $1", [hashSecret(id)]);
}
