import { Hono, type Context } from "hono";
import { z } from "zod";
import { addUser, PasswordPolicyError, resetPassword } from "../../accounts/account-service.ts";
import { roles } from "../../accounts/roles.ts";
import { countOtherEnabledAdmins, deleteUser, DuplicateEmailError, findUser, listUsers, updateUser, type User } from "../../accounts/user-store.ts";
import { recordAudit } from "../../privacy/audit-log.ts";
import type { Queryable } from "../../storage/database.ts";
import type { Authorization } from "../auth.ts";
import { HttpError, notFound } from "../errors.ts";
import { actorName } from "../request-actor.ts";
import { readJsonBody } from "../validate.ts";

export const newUserSchema = z
  .object({ email: z.email().max(320), name: z.string().trim().min(1).max(200).optional(), role: z.enum(roles), password: z.string().max(1000).optional() })
  .strict();
export const userChangesSchema = z
  .object({ role: z.enum(roles).optional(), disabled: z.boolean().optional(), name: z.string().trim().min(1).max(200).optional() })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, "give at least one of role, disabled, name");

/** The view of a user that admins see (never the password hash). */
export function userView(user: User) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabled, createdAt: user.createdAt.toISOString() };
}

// What the audit log keeps of a user: enough to see the change, nothing secret.
const auditView = (user: User) => ({ email: user.email, name: user.name, role: user.role, disabled: user.disabled });

/** The audit action of a change: a role change or (dis)abling says so; anything else is an update. */
function changeAction(before: User, changes: z.infer<typeof userChangesSchema>): string {
  if (changes.role !== undefined && changes.role !== before.role) return "user.role_changed";
  if (changes.disabled !== undefined && changes.disabled !== before.disabled) return changes.disabled ? "user.disabled" : "user.enabled";
  return "user.updated";
}

/** `/v1/admin/users`: people and their roles (admin); every change is audited. */
export function userRoutes(deps: { db: Queryable; auth: Authorization }): Hono {
  const { db, auth } = deps;
  const app = new Hono();
  const caller = async (context: Context) => {
    const principal = await auth.requirePrincipal(context);
    return { actor: actorName(principal), userId: principal.kind === "staff" ? principal.userId : undefined };
  };
  const existing = async (id: string): Promise<User> => {
    const user = z.uuid().safeParse(id).success ? await findUser(db, id) : undefined;
    if (!user) throw notFound("User");
    return user;
  };
  // Nobody removes their own access by accident, and the last enabled admin always stays.
  const guardAccess = async (context: Context, user: User, losesAdmin: boolean) => {
    if (!losesAdmin) return;
    if ((await caller(context)).userId === user.id) throw new HttpError(409, "cannot_change_self", "You cannot remove your own admin access; ask another admin");
    if (user.role === "admin" && !user.disabled && (await countOtherEnabledAdmins(db, user.id)) === 0) {
      throw new HttpError(409, "last_admin", "This is the last enabled admin; make someone else admin first");
    }
  };

  app.get("/", async (context) => context.json({ users: (await listUsers(db)).map(userView) }));

  app.post("/", async (context) => {
    const input = await readJsonBody(context, newUserSchema);
    try {
      const { user, generatedPassword } = await addUser(db, input);
      await recordAudit(db, { actor: (await caller(context)).actor, action: "user.created", target: `user:${user.id}`, after: auditView(user) });
      return context.json({ user: userView(user), ...(generatedPassword ? { oneTimePassword: generatedPassword } : {}) }, 201);
    } catch (error) {
      if (error instanceof DuplicateEmailError) throw new HttpError(409, "email_taken", error.message);
      if (error instanceof PasswordPolicyError) throw new HttpError(422, "validation_failed", error.message);
      throw error;
    }
  });

  app.patch("/:id", async (context) => {
    const before = await existing(context.req.param("id"));
    const changes = await readJsonBody(context, userChangesSchema);
    await guardAccess(context, before, (changes.role !== undefined && changes.role !== "admin") || changes.disabled === true);
    const user = await updateUser(db, before.id, changes);
    if (!user) throw notFound("User");
    await recordAudit(db, { actor: (await caller(context)).actor, action: changeAction(before, changes), target: `user:${user.id}`, before: auditView(before), after: auditView(user) });
    return context.json({ user: userView(user) });
  });

  app.delete("/:id", async (context) => {
    const user = await existing(context.req.param("id"));
    await guardAccess(context, user, true);
    if (!(await deleteUser(db, user.id))) throw notFound("User");
    await recordAudit(db, { actor: (await caller(context)).actor, action: "user.deleted", target: `user:${user.id}`, before: auditView(user) });
    return context.json({ deleted: true, id: user.id });
  });

  app.post("/:id/password", async (context) => {
    const user = await existing(context.req.param("id"));
    const reset = await resetPassword(db, user.id);
    if (!reset) throw notFound("User");
    await recordAudit(db, { actor: (await caller(context)).actor, action: "user.password_reset", target: `user:${user.id}`, after: { email: user.email } });
    // Shown once, like a new user's: the admin hands it over and the user's sessions are ended.
    return context.json({ user: userView(reset.user), oneTimePassword: reset.oneTimePassword });
  });
  return app;
}
