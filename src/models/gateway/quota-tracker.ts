import type { Clock } from "./daily-budget.ts";

export interface Quota {
  rpm: number;
  tpm: number;
}

export type Priority = "interactive" | "background";

export interface QuotaReservation {
  /** Replaces the reserved tokens with what the call really used. */
  settle(tokens: number): void;
  /** Gives the reservation back: the call never reached the model. */
  cancel(): void;
}

export type ReserveOutcome = { reserved: QuotaReservation } | { reserved?: undefined; retryAfterMs: number };

const windowMs = 60_000;

/**
 * Requests and tokens per model over a sliding minute, as Bedrock counts them: a call reserves its
 * input estimate plus max tokens when it starts and settles to its real usage when it ends.
 * Background calls may only use quota up to `1 − interactiveReserve`, so they run out first.
 */
export function createQuotaTracker(clock: Clock) {
  const windows = new Map<string, Array<{ at: number; tokens: number }>>();
  const current = (model: string) => {
    const cutoff = clock.now() - windowMs;
    const entries = (windows.get(model) ?? []).filter((entry) => entry.at > cutoff);
    windows.set(model, entries);
    return entries;
  };
  const usage = (entries: Array<{ tokens: number }>) => ({ requests: entries.length, tokens: entries.reduce((sum, entry) => sum + entry.tokens, 0) });

  return {
    reserve(model: string, quota: Quota, tokens: number, priority: Priority, interactiveReserve: number): ReserveOutcome {
      const entries = current(model);
      const used = usage(entries);
      const share = priority === "background" ? 1 - interactiveReserve : 1;
      const fits = used.requests + 1 <= quota.rpm * share && used.tokens + tokens <= quota.tpm * share;
      // A call larger than the whole token quota can still run alone, as Bedrock would let it.
      const aloneAndInteractive = entries.length === 0 && priority === "interactive";
      if (!fits && !aloneAndInteractive) {
        const oldest = entries[0]?.at ?? clock.now();
        return { retryAfterMs: Math.max(1, oldest + windowMs - clock.now()) };
      }
      const entry = { at: clock.now(), tokens };
      entries.push(entry);
      return {
        reserved: {
          settle: (actual) => void (entry.tokens = actual),
          cancel: () => windows.set(model, (windows.get(model) ?? []).filter((kept) => kept !== entry)),
        },
      };
    },
    /** The share of the quota left this minute (0–1), by the scarcer of requests and tokens. */
    headroom(model: string, quota: Quota): number {
      const used = usage(current(model));
      return Math.max(0, Math.min(1 - used.requests / quota.rpm, 1 - used.tokens / quota.tpm));
    },
  };
}

export type QuotaTracker = ReturnType<typeof createQuotaTracker>;

/**
 * Reserves quota for a call. Interactive calls take what is left or fail at once; background calls
 * wait for the window to free up, at most `waitMs`, then fail. Undefined means no headroom.
 */
export async function reserveQuota(
  tracker: QuotaTracker,
  request: { model: string; quota: Quota; tokens: number; priority: Priority; interactiveReserve: number; waitMs: number },
  sleep: (ms: number) => Promise<void>,
): Promise<QuotaReservation | undefined> {
  let waited = 0;
  for (;;) {
    const outcome = tracker.reserve(request.model, request.quota, request.tokens, request.priority, request.interactiveReserve);
    if (outcome.reserved) return outcome.reserved;
    if (request.priority === "interactive" || waited >= request.waitMs) return undefined;
    const pause = Math.min(outcome.retryAfterMs, request.waitMs - waited);
    await sleep(pause);
    waited += pause;
  }
}
