import parser from "cron-parser";
import type { Logger } from "../observability/logger.ts";
import type { Database } from "../storage/database.ts";
import { enqueueJob } from "./enqueue-job.ts";
import type { Queue } from "./queue.ts";

export interface JobSchedule {
  /** Names the schedule in idempotency keys and logs, e.g. `retention.sweep`. */
  name: string;
  /** Five-field cron expression, evaluated in UTC. */
  cron: string;
  type: string;
  payload: Record<string, unknown>;
  maxAttempts: number;
}

// setTimeout cannot wait longer than about 24.8 days; longer waits are taken in steps.
const longestTimerMs = 2 ** 31 - 1;

/** The next time `cron` fires after `after`, in UTC; throws for an invalid expression. */
export function nextCronTime(cron: string, after: Date): Date {
  return parser.parseExpression(cron, { currentDate: after, tz: "UTC" }).next().toDate();
}

/**
 * Runs schedules in this process by enqueueing one job per slot. Every worker process may run the
 * same schedules (pg-boss or SQS alike): the slot's idempotency key (`schedule:<name>:<slot time>`)
 * lets exactly one of them create the job, because the jobs table's unique key decides, not the queue.
 */
export function startJobSchedules(db: Database, queue: Queue, schedules: JobSchedule[], logger: Logger): { stop(): void } {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const arm = (schedule: JobSchedule, slot: Date) => {
    const wait = Math.min(slot.getTime() - Date.now(), longestTimerMs);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      if (Date.now() < slot.getTime()) return arm(schedule, slot);
      void fire(schedule, slot).finally(() => {
        if (!stopped) arm(schedule, nextCronTime(schedule.cron, slot));
      });
    }, Math.max(wait, 0));
    timer.unref();
    timers.add(timer);
  };

  const fire = async (schedule: JobSchedule, slot: Date) => {
    try {
      const { job, created } = await enqueueJob(db, queue, {
        type: schedule.type,
        payload: { ...schedule.payload, scheduledFor: slot.toISOString() },
        idempotencyKey: `schedule:${schedule.name}:${slot.toISOString()}`,
        maxAttempts: schedule.maxAttempts,
      });
      if (created) logger.info({ schedule: schedule.name, jobId: job.id, slot: slot.toISOString() }, "scheduled job queued");
    } catch (error) {
      logger.error({ err: error, schedule: schedule.name, slot: slot.toISOString() }, "scheduled job could not be queued");
    }
  };

  for (const schedule of schedules) arm(schedule, nextCronTime(schedule.cron, new Date()));
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
