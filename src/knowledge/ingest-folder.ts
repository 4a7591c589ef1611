import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

const supportedExtensions = new Set([".md", ".markdown", ".txt", ".text", ".html", ".htm", ".pdf", ".docx"]);

/** Files under `target` (a file or a folder, recursively) in a stable order; hidden files are skipped. */
export async function listDocumentFiles(target: string, options: { onlySupported?: boolean } = {}): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [path.resolve(target)];
  const files: string[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) files.push(...(await listDocumentFiles(full, options)));
    else if (entry.isFile() && (!options.onlySupported || supportedExtensions.has(path.extname(entry.name).toLowerCase()))) files.push(path.resolve(full));
  }
  return files;
}

/** Reads a file as an upload for the knowledge base, remembering where it came from (for re-sync). */
export async function readDocumentFile(file: string): Promise<{ bytes: Uint8Array; filename: string; source: string }> {
  return { bytes: new Uint8Array(await readFile(file)), filename: path.basename(file), source: `file:${file}` };
}
