import type { z } from "zod";
import { recordAudit } from "../privacy/audit-log.ts";
import type { Queryable } from "../storage/database.ts";
import { changedKeys } from "./changed-keys.ts";
import { findLatestSettingsVersion, findSettingsVersion, insertSettingsVersion, listSettingsVersions, type SettingsVersion } from "./settings-store.ts";

/** A kind of settings document: the schema every version must pass, and what applies before any is stored. */
export interface SettingsKind {
  schema: z.ZodType;
  /** The value from configuration (a policy file, or the built-in default) while no version is stored. */
  initial: unknown;
  description: string;
}

export interface SettingsIssue {
  path: string;
  message: string;
}

/** A document that does not pass its kind's schema; `issues` names every problem. */
export class SettingsValidationError extends Error {
  override name = "SettingsValidationError";
  constructor(readonly issues: SettingsIssue[]) {
    super(`Invalid settings: ${issues.map((issue) => `${issue.path || "(root)"} ${issue.message}`).join("; ")}`);
  }
}

export class SettingsNotFoundError extends Error {
  override name = "SettingsNotFoundError";
}

export type SettingsListener = (value: unknown, version: SettingsVersion | undefined) => void;

/**
 * Versioned, validated, audited settings documents. Every change is a new version (a rollback
 * too, copying an old body), so history is never rewritten; subscribers hear each new value and
 * apply it at run time. Other nodes pick a change up when they restart.
 */
export function createSettingsService(db: Queryable, kinds: Record<string, SettingsKind>) {
  const listeners = new Map<string, Set<SettingsListener>>();
  const kindOf = (kind: string): SettingsKind => {
    const found = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
    if (!found) throw new SettingsNotFoundError(`No settings of kind ${kind}; known: ${Object.keys(kinds).join(", ")}`);
    return found;
  };
  const validate = (kind: string, body: unknown): unknown => {
    const parsed = kindOf(kind).schema.safeParse(body);
    if (!parsed.success) throw new SettingsValidationError(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })));
    return parsed.data;
  };
  const store = async (kind: string, body: unknown, actor: string, action: string, comment: string | undefined): Promise<SettingsVersion> => {
    const value = validate(kind, body);
    const before = await findLatestSettingsVersion(db, kind);
    const version = await insertSettingsVersion(db, { kind, body, createdBy: actor, comment });
    await recordAudit(db, {
      actor,
      action,
      target: `settings:${kind}`,
      before: { version: before?.version ?? 0 },
      after: { version: version.version, comment: version.comment, changed: changedKeys(before?.body ?? kindOf(kind).initial, body) },
    });
    for (const listener of listeners.get(kind) ?? []) listener(value, version);
    return version;
  };

  return {
    kinds: (): string[] => Object.keys(kinds),
    describe: (kind: string): string => kindOf(kind).description,
    /** The value in force (validated, defaults filled) and the version it came from (none: configuration). */
    async current(kind: string): Promise<{ value: unknown; body: unknown; version: SettingsVersion | undefined }> {
      const { initial } = kindOf(kind);
      const version = await findLatestSettingsVersion(db, kind);
      const body = version ? version.body : initial;
      return { value: validate(kind, body), body, version };
    },
    /** Stored versions, newest first. */
    async history(kind: string, limit = 50): Promise<SettingsVersion[]> {
      kindOf(kind);
      return listSettingsVersions(db, kind, limit);
    },
    /** Validates and stores a new version, audits it, and tells the subscribers. */
    update: (kind: string, body: unknown, by: { actor: string; comment?: string }) => store(kind, body, by.actor, "settings.updated", by.comment),
    /** Makes an old version current again, as a new version with the old body. */
    async rollback(kind: string, toVersion: number, by: { actor: string; comment?: string }): Promise<SettingsVersion> {
      kindOf(kind);
      const old = await findSettingsVersion(db, kind, toVersion);
      if (!old) throw new SettingsNotFoundError(`${kind} has no version ${toVersion}`);
      return store(kind, old.body, by.actor, "settings.rolled_back", by.comment ?? `Rollback to version ${toVersion}`);
    },
    /** Hears every new value of a kind; returns the function that stops listening. */
    subscribe(kind: string, listener: SettingsListener): () => void {
      kindOf(kind);
      let set = listeners.get(kind);
      if (!set) listeners.set(kind, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
