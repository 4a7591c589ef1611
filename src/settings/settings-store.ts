import type { Queryable } from "../storage/database.ts";

/** One stored version of a settings document. */
export interface SettingsVersion {
  kind: string;
  version: number;
  body: unknown;
  createdBy: string;
  createdAt: Date;
  comment: string | null;
}

interface SettingsVersionRow {
  kind: string;
  version: number;
  body: unknown;
  created_by: string;
  created_at: Date;
  comment: string | null;
}

const toVersion = (row: SettingsVersionRow): SettingsVersion => ({
  kind: row.kind,
  version: row.version,
  body: row.body,
  createdBy: row.created_by,
  createdAt: row.created_at,
  comment: row.comment,
});

// Two writers may pick the same next number; the loser of the primary key simply takes the one after.
const insertAttempts = 3;

/** Stores a new version numbered one past the newest of its kind. */
export async function insertSettingsVersion(db: Queryable, input: { kind: string; body: unknown; createdBy: string; comment?: string }): Promise<SettingsVersion> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.query<SettingsVersionRow>(
        `INSERT INTO settings_versions (kind, version, body, created_by, comment)
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM settings_versions WHERE kind = $1
         RETURNING *`,
        [input.kind, JSON.stringify(input.body), input.createdBy, input.comment ?? null],
      );
      return toVersion(result.rows[0]);
    } catch (error) {
      if (attempt >= insertAttempts || (error as { code?: string }).code !== "23505") throw error;
    }
  }
}

/** The newest version of a kind, if any was stored. */
export async function findLatestSettingsVersion(db: Queryable, kind: string): Promise<SettingsVersion | undefined> {
  const row = (await db.query<SettingsVersionRow>("SELECT * FROM settings_versions WHERE kind = $1 ORDER BY version DESC LIMIT 1", [kind])).rows[0];
  return row && toVersion(row);
}

/** One numbered version of a kind. */
export async function findSettingsVersion(db: Queryable, kind: string, version: number): Promise<SettingsVersion | undefined> {
  const row = (await db.query<SettingsVersionRow>("SELECT * FROM settings_versions WHERE kind = $1 AND version = $2", [kind, version])).rows[0];
  return row && toVersion(row);
}

/** Versions of a kind, newest first. */
export async function listSettingsVersions(db: Queryable, kind: string, limit: number): Promise<SettingsVersion[]> {
  return (await db.query<SettingsVersionRow>("SELECT * FROM settings_versions WHERE kind = $1 ORDER BY version DESC LIMIT $2", [kind, limit])).rows.map(toVersion);
}
