/** Where a synchronized part of the knowledge base comes from: a folder, or a prefix of an S3 bucket. */
export type SyncSourceSpec = { kind: "folder"; path: string } | { kind: "s3"; bucket: string; prefix: string };

/** One file of a sync source. */
export interface SyncEntry {
  /** The document's `source` (`file:<absolute path>` or `s3://bucket/key`): what makes it the same file next time. */
  source: string;
  filename: string;
  read(): Promise<Uint8Array>;
}

/** The port a sync reads through; folder and S3 adapters sit beside it. */
export interface SyncSource {
  /** Every document whose `source` starts with this belongs to the sync: only those may be deleted by it. */
  scope: string;
  list(): AsyncIterable<SyncEntry>;
}

/** `s3://bucket/prefix` or a folder path, as the CLI and `SWITCHBOARD_KB_SYNC_SOURCES` write them. */
export function parseSyncSource(text: string): SyncSourceSpec {
  const s3 = /^s3:\/\/([^/]+)\/?(.*)$/.exec(text.trim());
  if (s3) return { kind: "s3", bucket: s3[1], prefix: s3[2] };
  return { kind: "folder", path: text.trim() };
}
