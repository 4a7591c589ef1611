import { randomUUID } from "node:crypto";
import type { Usage } from "../model-port.ts";
import type { Queryable } from "../../storage/database.ts";
import type { AttemptOutcome, GatewayLogger } from "./gateway-ports.ts";
import type { CallContext, ModelTask } from "./model-gateway.ts";

/** One model call attempt, as stored in model_calls. */
export interface ModelCallRecord {
  task: ModelTask;
  modelId: string;
  region: string;
  attempt: number;
  context: CallContext;
  usage: Usage;
  firstTokenMs?: number;
  latencyMs: number;
  outcome: AttemptOutcome;
  errorCode?: string;
  costUsd: number;
}

// Rows are written in batches: one INSERT per call would cost every call a round trip to the
// database (a third of the gateway's overhead on embedded PGlite). The budget does not wait for
// them; it is kept in memory.
const batchDelayMs = 100;
const maxBatchRows = 200;
const columnsPerRow = 17;

/** Meters attempts into model_calls in the background; `flush` writes what is buffered and waits (tests, shutdown). */
export function createModelCallMeter(db: Queryable, logger?: GatewayLogger) {
  let buffered: ModelCallRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const writeBuffered = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const batch = buffered;
    buffered = [];
    if (batch.length > 0) {
      writing = writing.then(() =>
        insertModelCalls(db, batch).catch((error: unknown) => logger?.warn({ err: error, rows: batch.length }, "model calls not metered")),
      );
    }
    return writing;
  };
  return {
    record(call: ModelCallRecord): void {
      buffered.push(call);
      if (buffered.length >= maxBatchRows) void writeBuffered();
      else if (!timer) timer = setTimeout(() => void writeBuffered(), batchDelayMs).unref();
    },
    flush: writeBuffered,
  };
}

async function insertModelCalls(db: Queryable, calls: ModelCallRecord[]): Promise<void> {
  const rows = calls.map((_, row) => `(${Array.from({ length: columnsPerRow }, (_, column) => `$${row * columnsPerRow + column + 1}`).join(", ")})`);
  await db.query(
    `INSERT INTO model_calls (id, task, model_id, region, attempt, conversation_id, message_id, job_id, input_tokens, output_tokens,
       cache_read_tokens, cache_write_tokens, first_token_ms, latency_ms, outcome, error_code, cost_usd)
     VALUES ${rows.join(", ")}`,
    calls.flatMap((call) => [
      randomUUID(),
      call.task,
      call.modelId,
      call.region,
      call.attempt,
      call.context.conversationId ?? null,
      call.context.messageId ?? null,
      call.context.jobId ?? null,
      call.usage.inputTokens,
      call.usage.outputTokens,
      call.usage.cacheReadTokens ?? 0,
      call.usage.cacheWriteTokens ?? 0,
      call.firstTokenMs === undefined ? null : Math.round(call.firstTokenMs),
      Math.round(call.latencyMs),
      call.outcome,
      call.errorCode ?? null,
      call.costUsd,
    ]),
  );
}

/** What the stored calls since `since` cost, for seeding the daily budget at start. */
export async function spentSince(db: Queryable, since: Date): Promise<number> {
  const result = await db.query<{ spent: string | null }>("SELECT sum(cost_usd)::text AS spent FROM model_calls WHERE created_at >= $1", [since.toISOString()]);
  return Number(result.rows[0]?.spent ?? 0);
}
