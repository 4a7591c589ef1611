import { readdir, readFile } from "node:fs/promises";
import type { Database } from "./database.ts";

const migrationsDir = new URL("./migrations/", import.meta.url);
const vectorMigration = "002_vectors.sql";

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface MigrationOutcome {
  applied: string[];
  vectors: boolean;
}

/**
 * Applies pending migrations in order, each in its own transaction. Without pgvector on the server
 * this fails with a clear error, unless `requireVectors` is false (then vector search stays off).
 */
export async function migrate(db: Database, options: { requireVectors?: boolean } = {}): Promise<MigrationOutcome> {
  const requireVectors = options.requireVectors ?? true;
  await db.query("CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith(".sql")).sort();
  const vectorsAvailable = await isVectorExtensionAvailable(db);
  if (!vectorsAvailable && requireVectors) {
    throw new MigrationError(
      "The pgvector extension is not available on this PostgreSQL server. Install pgvector " +
        "(packages postgresql-<version>-pgvector, or use Amazon RDS/Aurora, which ship it), or run " +
        "Switchboard with the embedded database (unset DATABASE_URL).",
    );
  }
  const applied: string[] = [];
  for (const file of files) {
    if (file === vectorMigration && !vectorsAvailable) continue;
    const sql = await readFile(new URL(file, migrationsDir), "utf8");
    const didApply = await db.transaction(async (tx) => {
      // Several processes may start at once against one server: the lock makes them take turns.
      await tx.query("SELECT pg_advisory_xact_lock(727274)");
      const done = await tx.query("SELECT 1 FROM schema_migrations WHERE version = $1", [file]);
      if (done.rowCount > 0) return false;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version) VALUES ($1)", [file]);
      return true;
    });
    if (didApply) applied.push(file);
  }
  const vectors = (await db.query("SELECT 1 FROM schema_migrations WHERE version = $1", [vectorMigration])).rowCount > 0;
  return { applied, vectors };
}

async function isVectorExtensionAvailable(db: Database): Promise<boolean> {
  // PGlite loads pgvector from the bundle it was opened with; its catalog lists it only once created.
  if (db.kind === "pglite") return true;
  const result = await db.query("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
  return result.rowCount > 0;
}

/** Splits a migration script on semicolons that end a line; our migrations hold no function bodies. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter((statement) => statement.length > 0);
}

/** Creates the HNSW index for one embedding model and dimension if it does not exist yet. */
export async function ensureVectorIndex(db: Database, model: string, dims: number): Promise<void> {
  const name = `chunks_embedding_${dims}_${model.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}`.slice(0, 63);
  await db.query(
    `CREATE INDEX IF NOT EXISTS ${name} ON chunks USING hnsw ((embedding::vector(${dims})) vector_cosine_ops) ` +
      `WHERE embedding_dims = ${dims} AND embedding_model = ${quoteLiteral(model)}`,
  );
}

/** Quotes a string as an SQL literal, for the few statements (DDL, partial-index predicates) that cannot take parameters. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
