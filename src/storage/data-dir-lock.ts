import { open, readFile, rm } from "node:fs/promises";
import path from "node:path";

/** Another live process holds the embedded database of this data directory. */
export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** The `{pid, role?, url?}` a lock file or `server.json` records. */
const readHolder = async (file: string): Promise<{ pid: number; role?: string; url?: string } | undefined> => {
  try {
    const holder = JSON.parse(await readFile(file, "utf8")) as { pid?: unknown; role?: string; url?: string };
    return typeof holder.pid === "number" ? { pid: holder.pid, role: holder.role, url: holder.url } : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Claims the embedded database of a data directory for this process. PGlite is one process's
 * database: a second process opening the same directory would corrupt it, so it is refused with a
 * message saying who holds it. A lock left by a process that died is taken over.
 */
export async function lockDataDir(dataDir: string, role: string): Promise<{ release(): Promise<void> }> {
  const file = path.join(dataDir, "pglite.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, "wx", 0o600);
      await handle.writeFile(JSON.stringify({ pid: process.pid, role }));
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readHolder(file);
    if (holder && isAlive(holder.pid)) {
      const server = await readHolder(path.join(dataDir, "server.json"));
      const url = server?.pid === holder.pid ? server.url : undefined;
      throw new DataDirInUseError(
        `The embedded database in ${dataDir} is in use by Switchboard process ${holder.pid} (${holder.role ?? "unknown"}${url ? ` at ${url}` : ""}). ` +
          "Embedded mode runs one process per data directory, workers included: stop that process, or set DATABASE_URL " +
          "to a PostgreSQL server to run API and worker processes side by side.",
      );
    }
    // Its holder died without releasing it.
    await rm(file, { force: true });
  }
  throw new DataDirInUseError(`Could not lock the embedded database in ${dataDir}; another process keeps claiming it`);
}
