import bcrypt from "bcryptjs";
import { randomSecret } from "./secret-hash.ts";

// 2^12 rounds: about a quarter of a second in pure JS, slow enough to make guessing expensive.
const cost = 12;
// bcrypt reads only the first 72 bytes; longer passwords are refused rather than silently cut.
export const maxPasswordBytes = 72;
export const minPasswordLength = 12;

/** Hashes a password for storage. */
export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, cost);

// Compared against when the e-mail is unknown, so a login takes as long whether or not the user exists.
let decoyHash: Promise<string> | undefined;

/** Checks a password against its stored hash (or against a decoy when there is none). */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (hash) return bcrypt.compare(password, hash);
  decoyHash ??= hashPassword(randomSecret());
  await bcrypt.compare(password, await decoyHash);
  return false;
}

/** A password to hand out once, e.g. to the first admin. */
export const generatePassword = (): string => randomSecret(15);

/** Why a password cannot be used, or undefined when it can. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < minPasswordLength) return `must be at least ${minPasswordLength} characters`;
  if (Buffer.byteLength(password) > maxPasswordBytes) return `must be at most ${maxPasswordBytes} bytes`;
  return undefined;
}
