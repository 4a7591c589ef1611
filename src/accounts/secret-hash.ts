import { createHash, randomBytes } from "node:crypto";

/** The SHA-256 hex digest under which a bearer secret (session id, API token, ticket) is stored. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** A fresh random secret, URL-safe. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString("base64url");
