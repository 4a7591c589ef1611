import type { Queryable } from "../storage/database.ts";

export interface QueuedJob {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

export interface SendOptions {
  /** Switchboard's job id; the queue's message id too, unless `resend`. */
  id: string;
  /**
   * A further message for a job that was sent before (a retry with its own delay): the queue must
   * carry it even though a message with this job id existed already.
   */
  resend?: boolean;
  /** Seconds before the message may be delivered. */
  delaySeconds?: number;
  /**
   * Redeliveries the queue itself makes when a delivery ends without an answer (the worker died,
   * or the runner could not reach the database); Switchboard's own retries are new messages.
   */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long one delivery may run before the queue assumes its worker died and redelivers it. */
  leaseSeconds?: number;
  /** Send inside this transaction, so the job record and its message commit together. */
  transaction?: Queryable;
}

/** The durable queue port: pg-boss on Postgres/PGlite; other adapters (SQS) implement the same. */
export interface Queue {
  /** Whether `send` can join the caller's transaction (pg-boss: yes; SQS: no, the caller sends after commit). */
  readonly transactionalSend: boolean;
  /** Starts the queue and declares the job types it will carry. */
  start(jobTypes: string[]): Promise<void>;
  send(type: string, payload: Record<string, unknown>, options: SendOptions): Promise<void>;
  /** Runs `handler` for jobs of `type`, at most `concurrency` at once. A thrown error means "retry later". */
  work(type: string, options: { concurrency: number }, handler: (job: QueuedJob) => Promise<void>): Promise<void>;
  stop(options?: { graceMs?: number }): Promise<void>;
}
