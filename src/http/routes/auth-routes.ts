import { Hono } from "hono";
import { deleteCookie, getCookie } from "hono/cookie";
import { z } from "zod";
import { logIn } from "../../accounts/account-service.ts";
import { deleteSession } from "../../accounts/session-store.ts";
import type { Queryable } from "../../storage/database.ts";
import type { Authorization } from "../auth.ts";
import { sessionCookieName, setSessionCookie } from "../authenticate-request.ts";
import { unauthorized } from "../errors.ts";
import { readJsonBody } from "../validate.ts";
import { userView } from "./user-routes.ts";

export const loginSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) }).strict();

/** `/v1/auth`: password login into a cookie session for the desk and admin pages, logout, and who am I. */
export function authRoutes(deps: { db: Queryable; auth: Authorization }): Hono {
  const app = new Hono();

  app.post("/login", async (context) => {
    const { email, password } = await readJsonBody(context, loginSchema);
    const outcome = await logIn(deps.db, email, password);
    // One answer for an unknown e-mail, a wrong password and a disabled account: no account probing.
    if (!outcome) throw unauthorized("Wrong e-mail or password");
    setSessionCookie(context, outcome.session.id);
    return context.json({ user: userView(outcome.user), expiresAt: outcome.session.expiresAt.toISOString() });
  });

  app.post("/logout", async (context) => {
    const sessionId = getCookie(context, sessionCookieName);
    if (sessionId) await deleteSession(deps.db, sessionId);
    deleteCookie(context, sessionCookieName, { path: "/" });
    return context.body(null, 204);
  });

  app.get("/me", deps.auth.requireRole("agent"), async (context) => {
    const principal = await deps.auth.requirePrincipal(context);
    if (principal.kind !== "staff") throw unauthorized();
    return context.json({ subject: principal.subject, credential: principal.credential, role: principal.role, userId: principal.userId ?? null, email: principal.email ?? null });
  });
  return app;
}
