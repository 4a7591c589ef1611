import { useState, type FormEvent } from "react";
import { api } from "../../shared/console-api.ts";

interface SyncJob {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed" | "dead";
  error: string | null;
  result: { listed: number; submitted: unknown[]; unchanged: number; deleted: unknown[] } | null;
}

type Source = { kind: "folder"; path: string } | { kind: "s3"; bucket: string; prefix: string };

/** `s3://bucket/prefix` names an S3 prefix; anything else is a folder on the server. */
export function parseSyncSource(text: string): Source | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const s3 = /^s3:\/\/([^/]+)\/?(.*)$/u.exec(trimmed);
  return s3 ? { kind: "s3", bucket: s3[1], prefix: s3[2] } : { kind: "folder", path: trimmed };
}

const done = (status: SyncJob["status"]) => status === "succeeded" || status === "failed" || status === "dead";

/** Re-syncs a folder or an S3 prefix: only changed files are re-ingested, vanished ones deleted. */
export function ResyncForm({ onFinished }: { onFinished: () => void }) {
  const [source, setSource] = useState("");
  const [job, setJob] = useState<SyncJob>();
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSyncSource(source);
    if (!parsed) return;
    setError(undefined);
    try {
      const { jobId } = await api<{ jobId: string }>("/v1/admin/kb/sync", { body: { source: parsed } });
      // A sync lists and compares files, then queues ingestion jobs that the table shows as they run.
      for (;;) {
        const current = await api<SyncJob>(`/v1/jobs/${jobId}`);
        setJob(current);
        if (done(current.status)) break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      onFinished();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <label>
        Re-sync from
        <input value={source} onChange={(event) => setSource(event.target.value)} placeholder="/srv/help-center or s3://bucket/prefix" aria-describedby="resync-status" />
      </label>
      <button type="submit" className="button" disabled={!source.trim() || (job !== undefined && !done(job.status))}>
        Re-sync
      </button>
      <span id="resync-status" className="sub" role="status">
        {error ??
          (job &&
            (job.status === "succeeded" && job.result
              ? `${job.result.listed} ${job.result.listed === 1 ? "file" : "files"}: ${job.result.submitted.length} new or changed, ${job.result.unchanged} unchanged, ${job.result.deleted.length} removed`
              : job.status === "succeeded" || !done(job.status)
                ? `Sync ${job.status}…`
                : `Sync ${job.status}: ${job.error ?? "unknown error"}`))}
      </span>
    </form>
  );
}
