import type { SSEStreamingApi } from "hono/streaming";

/**
 * Writes events to a Server-Sent Events stream in the order they are pushed, without making the
 * producer wait for the socket. `pump` returns once `end` was called and everything is written,
 * or when the client went away.
 */
export function createSsePump(stream: SSEStreamingApi) {
  const pending: Array<{ type: string; [key: string]: unknown }> = [];
  let wake: (() => void) | undefined;
  let ended = false;
  stream.onAbort(() => wake?.());
  return {
    push(event: { type: string; [key: string]: unknown }) {
      pending.push(event);
      wake?.();
    },
    end() {
      ended = true;
      wake?.();
    },
    async pump(): Promise<void> {
      while ((!ended || pending.length) && !stream.aborted) {
        const next = pending.shift();
        if (!next) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        const { type, ...data } = next;
        await stream.writeSSE({ event: type, data: JSON.stringify(data) });
      }
    },
  };
}
