import type { Queryable } from "../storage/database.ts";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "./password-hashing.ts";
import type { Role } from "./roles.ts";
import { createSession } from "./session-store.ts";
import { createUser, DuplicateEmailError, findUserForLogin, hasAdmin, setPasswordHash, type User } from "./user-store.ts";

export class PasswordPolicyError extends Error {
  override name = "PasswordPolicyError";
}

/** Adds a person; without a password one is generated and answered once, to be handed over. */
export async function addUser(db: Queryable, input: { email: string; name?: string; role: Role; password?: string }): Promise<{ user: User; generatedPassword?: string }> {
  const problem = input.password === undefined ? undefined : passwordProblem(input.password);
  if (problem) throw new PasswordPolicyError(`The password ${problem}`);
  const password = input.password ?? generatePassword();
  const user = await createUser(db, { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(password) });
  return { user, generatedPassword: input.password === undefined ? password : undefined };
}

/** Gives a user a new generated password, answered once, and ends their sessions; undefined for an unknown user. */
export async function resetPassword(db: Queryable, id: string): Promise<{ user: User; oneTimePassword: string } | undefined> {
  const oneTimePassword = generatePassword();
  const user = await setPasswordHash(db, id, await hashPassword(oneTimePassword));
  return user && { user, oneTimePassword };
}

/** Checks e-mail and password and opens a session; undefined for a wrong pair or a disabled user, alike. */
export async function logIn(db: Queryable, email: string, password: string): Promise<{ user: User; session: { id: string; expiresAt: Date } } | undefined> {
  const found = await findUserForLogin(db, email);
  const matches = await verifyPassword(password, found?.passwordHash);
  if (!found || !matches || found.disabled) return undefined;
  const { passwordHash: _hash, ...user } = found;
  return { user, session: await createSession(db, user.id) };
}

export const firstAdminEmail = "admin@localhost";

/** Creates `admin@localhost` with a one-time password when no admin exists; answers the password to print once. */
export async function ensureFirstAdmin(db: Queryable): Promise<{ email: string; password: string } | undefined> {
  if (await hasAdmin(db)) return undefined;
  try {
    const { generatedPassword } = await addUser(db, { email: firstAdminEmail, name: "Administrator", role: "admin" });
    return generatedPassword ? { email: firstAdminEmail, password: generatedPassword } : undefined;
  } catch (error) {
    // admin@localhost exists but was disabled: an admin chose that; do not bring it back.
    if (error instanceof DuplicateEmailError) return undefined;
    throw error;
  }
}
