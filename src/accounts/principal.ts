import type { Role } from "./roles.ts";

/** How a member of staff proved who they are. */
export type StaffCredential = "admin-token" | "agent-token" | "api-token" | "session" | "oidc";

/**
 * Who is calling. Staff hold a role (undefined for an OIDC identity that carries none of ours);
 * a customer holds exactly one conversation.
 */
export type Principal =
  | { kind: "staff"; credential: StaffCredential; role: Role | undefined; subject: string; userId?: string; email?: string }
  | { kind: "customer"; conversationId: string };
