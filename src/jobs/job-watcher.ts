import type { Queryable } from "../storage/database.ts";
import { findJobs, type JobRecord } from "./job-store.ts";

// Short enough that a person watching a job sees it move at once; one small query per interval.
const pollIntervalMs = 250;

export interface JobWatcher {
  /**
   * Calls `listener` with the job as it is now, then on every change (status, progress, attempts)
   * until the returned function is called. Unknown jobs are reported once as `undefined`.
   */
  watch(jobId: string, listener: (job: JobRecord | undefined) => void): () => void;
  close(): void;
}

/**
 * Job updates for live subscribers, wherever the worker runs. The workers may be other processes
 * (`switchboard worker`) and the Database seam has no LISTEN/NOTIFY, so this reads only the rows of
 * jobs someone is subscribed to, every 250 ms, and only while there are subscribers. Changes
 * faster than the interval are coalesced; the final state is never missed (it does not change again).
 */
export function createJobWatcher(db: Queryable, options: { onError?: (error: unknown) => void } = {}): JobWatcher {
  const listeners = new Map<string, Set<(job: JobRecord | undefined) => void>>();
  const lastSeen = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let polling = false;

  const fingerprint = (job: JobRecord) => `${job.status}|${job.attempts}|${job.updatedAt.getTime()}|${JSON.stringify(job.progress)}`;

  const poll = async () => {
    if (polling || listeners.size === 0) return;
    polling = true;
    try {
      const ids = [...listeners.keys()];
      const found = new Map((await findJobs(db, ids)).map((job) => [job.id, job]));
      for (const id of ids) {
        const job = found.get(id);
        const print = job ? fingerprint(job) : "missing";
        if (lastSeen.get(id) === print) continue;
        lastSeen.set(id, print);
        for (const listener of listeners.get(id) ?? []) listener(job);
      }
    } catch (error) {
      options.onError?.(error);
    } finally {
      polling = false;
    }
  };

  const ensureTimer = () => {
    if (timer || listeners.size === 0) return;
    timer = setInterval(() => void poll(), pollIntervalMs);
    timer.unref();
  };

  return {
    watch(jobId, listener) {
      let set = listeners.get(jobId);
      if (!set) listeners.set(jobId, (set = new Set()));
      set.add(listener);
      // The new subscriber gets the current state at once, whatever others have already seen.
      void findJobs(db, [jobId])
        .then(([job]) => {
          if (!lastSeen.has(jobId)) lastSeen.set(jobId, job ? fingerprint(job) : "missing");
          if (set.has(listener)) listener(job);
        })
        .catch((error: unknown) => options.onError?.(error));
      ensureTimer();
      return () => {
        set.delete(listener);
        if (set.size > 0) return;
        listeners.delete(jobId);
        lastSeen.delete(jobId);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
    close() {
      listeners.clear();
      lastSeen.clear();
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
