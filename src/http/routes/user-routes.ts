import { Hono } from "hono";
import { z } from "zod";
import { addUser, PasswordPolicyError } from "../../accounts/account-service.ts";
import { roles } from "../../accounts/roles.ts";
import { DuplicateEmailError, listUsers, updateUser, type User } from "../../accounts/user-store.ts";
import type { Queryable } from "../../storage/database.ts";
import { HttpError, notFound } from "../errors.ts";
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

/** `/v1/admin/users`: people and their roles (admin). */
export function userRoutes(db: Queryable): Hono {
  const app = new Hono();
  app.get("/", async (context) => context.json({ users: (await listUsers(db)).map(userView) }));

  app.post("/", async (context) => {
    const input = await readJsonBody(context, newUserSchema);
    try {
      const { user, generatedPassword } = await addUser(db, input);
      return context.json({ user: userView(user), ...(generatedPassword ? { oneTimePassword: generatedPassword } : {}) }, 201);
    } catch (error) {
      if (error instanceof DuplicateEmailError) throw new HttpError(409, "email_taken", error.message);
      if (error instanceof PasswordPolicyError) throw new HttpError(422, "validation_failed", error.message);
      throw error;
    }
  });

  app.patch("/:id", async (context) => {
    const id = context.req.param("id");
    const changes = await readJsonBody(context, userChangesSchema);
    const user = z.uuid().safeParse(id).success ? await updateUser(db, id, changes) : undefined;
    if (!user) throw notFound("User");
    return context.json({ user: userView(user) });
  });
  return app;
}
