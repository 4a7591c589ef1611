import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { LiveSocket, socketUrl, type LiveStatus } from "../../shared/live-socket.ts";

/** A job as `/v1/jobs/updates` reports it. */
export interface JobUpdate {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed" | "dead";
  progress: { step?: string; done?: number; total?: number; [key: string]: unknown } | null;
  error: string | null;
}

// The socket opens with the session cookie; a console signed in with a pasted token cannot open it and polls instead.
const giveUpAfterFailures = 3;
const finished = (status: JobUpdate["status"]) => status === "succeeded" || status === "failed" || status === "dead";

/**
 * Live updates of the ingestion jobs this page started, over the admin WebSocket
 * (`/v1/jobs/updates`, opened with the session cookie). `onFinished` fires as each job ends, so
 * the page re-reads its documents; while the socket is down the page keeps polling.
 */
export function useJobUpdates(onFinished: () => void): { status: LiveStatus; jobs: Record<string, JobUpdate>; watch(jobIds: string[]): void } {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [jobs, setJobs] = useState<Record<string, JobUpdate>>({});
  const watched = useRef(new Set<string>());
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  const socket = useMemo(
    () =>
      new LiveSocket(
        async () => socketUrl("/v1/jobs/updates"),
        {
          status: setStatus,
          // Subscriptions belong to a connection: a new one subscribes again to what is still running.
          open: () => {
            for (const jobId of watched.current) socket.send({ type: "subscribe", jobId });
          },
          frame: (frame) => {
            if (frame.type !== "job") return;
            const job = frame.job as JobUpdate;
            setJobs((current) => ({ ...current, [job.id]: job }));
            if (finished(job.status)) {
              watched.current.delete(job.id);
              finishedRef.current();
            }
          },
        },
        giveUpAfterFailures,
      ),
    [],
  );
  useEffect(() => {
    socket.start();
    return () => socket.stop();
  }, [socket]);
  const watch = useCallback(
    (jobIds: string[]) => {
      for (const jobId of jobIds) {
        watched.current.add(jobId);
        socket.send({ type: "subscribe", jobId });
      }
    },
    [socket],
  );
  return { status, jobs, watch };
}

const stepLabels: Record<string, string> = { parsed: "Parsed", chunked: "Chunked", embedded: "Embedding", indexed: "Indexed" };

/** A document's ingestion as it runs: the step, and a bar while chunks are embedded. */
export function IngestionProgress({ job }: { job: JobUpdate }) {
  const progress = job.progress ?? {};
  const total = typeof progress.total === "number" ? progress.total : undefined;
  const done = typeof progress.done === "number" ? progress.done : undefined;
  const share = job.status === "succeeded" ? 1 : total ? (done ?? 0) / total : progress.step === "chunked" ? 0.1 : progress.step === "parsed" ? 0.05 : 0;
  const label =
    job.status === "queued" ? "Queued" : job.status === "running" && !progress.step ? "Starting" : `${stepLabels[progress.step ?? ""] ?? job.status}${total ? ` ${done ?? 0}/${total}` : ""}`;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)} aria-valuetext={label}>
      <span className="sub">{label}</span>
      <div className="progress-track">
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
