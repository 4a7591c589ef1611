import { Hono } from "hono";
import { z } from "zod";
import { SettingsNotFoundError, SettingsValidationError, type SettingsService } from "../../settings/settings-service.ts";
import type { SettingsVersion } from "../../settings/settings-store.ts";
import type { Authorization } from "../auth.ts";
import { HttpError } from "../errors.ts";
import { requestActor } from "../request-actor.ts";
import { parseWith, readJsonBody } from "../validate.ts";

export const settingsUpdateSchema = z.object({ body: z.unknown(), comment: z.string().trim().min(1).max(500).optional() }).strict();
export const settingsRollbackSchema = z.object({ comment: z.string().trim().min(1).max(500).optional() }).strict();
const historyQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

const versionView = (version: SettingsVersion) => ({
  version: version.version,
  body: version.body,
  createdBy: version.createdBy,
  createdAt: version.createdAt.toISOString(),
  comment: version.comment,
});

/** Runs a settings call, turning its domain errors into HTTP ones. */
async function settingsAction<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SettingsNotFoundError) throw new HttpError(404, "not_found", error.message);
    if (error instanceof SettingsValidationError) {
      throw new HttpError(422, "validation_failed", error.message, { issues: error.issues.map((issue) => ({ path: ["body", issue.path].filter(Boolean).join("."), message: issue.message })) });
    }
    throw error;
  }
}

/** `/v1/admin/settings`: versioned policy documents, validated, audited and applied at run time (admin). */
export function settingsRoutes(deps: { settings: SettingsService; auth: Authorization }): Hono {
  const app = new Hono();
  const { settings } = deps;

  app.get("/", (context) => context.json({ kinds: settings.kinds().map((kind) => ({ kind, description: settings.describe(kind) })) }));

  app.get("/:kind", async (context) => {
    const kind = context.req.param("kind");
    const { limit } = parseWith(historyQuerySchema, context.req.query(), "query");
    return settingsAction(async () => {
      const current = await settings.current(kind);
      return context.json({
        kind,
        description: settings.describe(kind),
        version: current.version?.version ?? 0,
        body: current.body,
        effective: current.value,
        history: (await settings.history(kind, limit)).map(versionView),
      });
    });
  });

  app.put("/:kind", async (context) => {
    const kind = context.req.param("kind");
    const input = await readJsonBody(context, settingsUpdateSchema);
    const actor = await requestActor(deps.auth, context);
    const version = await settingsAction(() => settings.update(kind, input.body, { actor, comment: input.comment }));
    return context.json({ kind, ...versionView(version) }, 201);
  });

  app.post("/:kind/rollback/:version", async (context) => {
    const kind = context.req.param("kind");
    const target = parseWith(z.coerce.number().int().positive(), context.req.param("version"), "path.version");
    const input = context.req.header("content-type") ? await readJsonBody(context, settingsRollbackSchema) : {};
    const actor = await requestActor(deps.auth, context);
    const version = await settingsAction(() => settings.rollback(kind, target, { actor, comment: input.comment }));
    return context.json({ kind, ...versionView(version) }, 201);
  });
  return app;
}
