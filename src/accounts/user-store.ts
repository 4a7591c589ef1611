import { randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";
import type { Role } from "./roles.ts";

export interface User {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  disabled: boolean;
  password_hash: string | null;
  created_at: Date;
}

const toUser = (row: UserRow): User => ({ id: row.id, email: row.email, name: row.name, role: row.role, disabled: row.disabled, createdAt: row.created_at });

export class DuplicateEmailError extends Error {
  override name = "DuplicateEmailError";
}

/** Adds a user; e-mails are unique regardless of case. */
export async function createUser(db: Queryable, input: { email: string; name?: string; role: Role; passwordHash: string }): Promise<User> {
  const result = await db.query<UserRow>(
    "INSERT INTO users (id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING *",
    [randomUUID(), input.email.trim().toLowerCase(), input.name ?? null, input.role, input.passwordHash],
  );
  if (!result.rows[0]) throw new DuplicateEmailError(`A user with the e-mail ${input.email} exists already`);
  return toUser(result.rows[0]);
}

/** Every user, oldest first. */
export async function listUsers(db: Queryable): Promise<User[]> {
  return (await db.query<UserRow>("SELECT * FROM users ORDER BY created_at, email")).rows.map(toUser);
}

/** A user with the password hash, for login. */
export async function findUserForLogin(db: Queryable, email: string): Promise<(User & { passwordHash: string | null }) | undefined> {
  const row = (await db.query<UserRow>("SELECT * FROM users WHERE email = $1", [email.trim().toLowerCase()])).rows[0];
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

/** Changes a user's role or disabled flag; a disabled user loses every session at once. */
export async function updateUser(db: Queryable, id: string, changes: { role?: Role; disabled?: boolean; name?: string }): Promise<User | undefined> {
  const result = await db.query<UserRow>(
    "UPDATE users SET role = COALESCE($2, role), disabled = COALESCE($3, disabled), name = COALESCE($4, name) WHERE id = $1 RETURNING *",
    [id, changes.role ?? null, changes.disabled ?? null, changes.name ?? null],
  );
  const row = result.rows[0];
  if (row?.disabled) await db.query("DELETE FROM sessions WHERE user_id = $1", [id]);
  return row && toUser(row);
}

/** One user by id. */
export async function findUser(db: Queryable, id: string): Promise<User | undefined> {
  const row = (await db.query<UserRow>("SELECT * FROM users WHERE id = $1", [id])).rows[0];
  return row && toUser(row);
}

/** Replaces a user's password hash and ends their sessions, so the old password opens nothing. */
export async function setPasswordHash(db: Queryable, id: string, passwordHash: string): Promise<User | undefined> {
  const row = (await db.query<UserRow>("UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING *", [id, passwordHash])).rows[0];
  if (row) await db.query("DELETE FROM sessions WHERE user_id = $1", [id]);
  return row && toUser(row);
}

/** Removes a user (their sessions go with them); undefined when there is no such user. */
export async function deleteUser(db: Queryable, id: string): Promise<User | undefined> {
  const row = (await db.query<UserRow>("DELETE FROM users WHERE id = $1 RETURNING *", [id])).rows[0];
  return row && toUser(row);
}

/** How many enabled admins there are besides one user: zero means that user is the last way in. */
export async function countOtherEnabledAdmins(db: Queryable, exceptId: string): Promise<number> {
  const result = await db.query<{ count: string | number }>("SELECT count(*) AS count FROM users WHERE role = 'admin' AND NOT disabled AND id <> $1", [exceptId]);
  return Number(result.rows[0].count);
}

/** Whether any enabled admin exists (the first start creates one when none does). */
export async function hasAdmin(db: Queryable): Promise<boolean> {
  return (await db.query("SELECT 1 FROM users WHERE role = 'admin' AND NOT disabled LIMIT 1")).rowCount > 0;
}
