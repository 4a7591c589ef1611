import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BlobStore } from "./blob-store.ts";

/** A BlobStore on the local filesystem; keys are content addresses or similar safe names. */
export function createFilesystemBlobStore(root: string): BlobStore {
  const locate = (key: string) => {
    if (!/^[a-zA-Z0-9._/-]+$/.test(key) || key.includes("..")) throw new Error(`Invalid blob key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const target = locate(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a crash never leaves a half-written blob under its final name.
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    },
    async get(key) {
      return new Uint8Array(await readFile(locate(key)));
    },
    async delete(key) {
      await rm(locate(key), { force: true });
    },
  };
}
