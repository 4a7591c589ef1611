import path from "node:path";
import { listDocumentFiles, readDocumentFile } from "../ingest-folder.ts";
import type { SyncSource } from "./sync-source.ts";

/** A folder (recursively, supported document types only), with the same `file:` sources as `switchboard ingest`. */
export function folderSyncSource(folder: string): SyncSource {
  const root = path.resolve(folder);
  return {
    scope: `file:${root}${path.sep}`,
    async *list() {
      for (const file of await listDocumentFiles(root, { onlySupported: true })) {
        yield { source: `file:${file}`, filename: path.basename(file), read: async () => (await readDocumentFile(file)).bytes };
      }
    },
  };
}
