import { Hono } from "hono";
import { z } from "zod";
import { createApiToken, listApiTokens, revokeApiToken, type ApiToken } from "../../accounts/api-token-store.ts";
import { roles } from "../../accounts/roles.ts";
import { recordAudit } from "../../privacy/audit-log.ts";
import type { Queryable } from "../../storage/database.ts";
import type { Authorization } from "../auth.ts";
import { notFound } from "../errors.ts";
import { requestActor } from "../request-actor.ts";
import { readJsonBody } from "../validate.ts";

export const newApiTokenSchema = z.object({ name: z.string().trim().min(1).max(200), role: z.enum(roles) }).strict();

const tokenView = (token: ApiToken) => ({
  id: token.id,
  name: token.name,
  role: token.role,
  revoked: token.revoked,
  createdAt: token.createdAt.toISOString(),
  lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
});

/** `/v1/admin/tokens`: API tokens for machines; the secret is shown once, at creation (admin); both changes are audited. */
export function apiTokenRoutes(deps: { db: Queryable; auth: Authorization }): Hono {
  const { db, auth } = deps;
  const app = new Hono();
  app.get("/", async (context) => context.json({ tokens: (await listApiTokens(db)).map(tokenView) }));
  app.post("/", async (context) => {
    const created = await createApiToken(db, await readJsonBody(context, newApiTokenSchema));
    await recordAudit(db, { actor: await requestActor(auth, context), action: "api_token.created", target: `api_token:${created.id}`, after: { name: created.name, role: created.role } });
    return context.json({ ...tokenView(created), token: created.token }, 201);
  });
  app.delete("/:id", async (context) => {
    const id = context.req.param("id");
    const revoked = z.uuid().safeParse(id).success ? await revokeApiToken(db, id) : undefined;
    if (!revoked) throw notFound("Token");
    await recordAudit(db, { actor: await requestActor(auth, context), action: "api_token.revoked", target: `api_token:${revoked.id}`, before: { name: revoked.name, role: revoked.role } });
    return context.json(tokenView(revoked));
  });
  return app;
}
