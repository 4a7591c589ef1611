/** Staff roles; an admin can do everything an agent can. */
export const roles = ["agent", "admin"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { agent: 1, admin: 2 };

/** Whether a holder of `held` may do what needs `required`. */
export const grants = (held: Role | undefined, required: Role): boolean => held !== undefined && rank[held] >= rank[required];
