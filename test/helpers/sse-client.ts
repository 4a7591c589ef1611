import { readServerSentEvents } from "../../src/cli/switchboard-client.ts";

/** One Server-Sent Event as received. */
export interface ReceivedEvent {
  event: string;
  data: any;
  receivedAt: number;
}

/** Opens an event stream and hands out its events one by one as they arrive; undefined once the server ended it. */
export async function openEventStream(url: string, headers: Record<string, string>): Promise<{ status: number; next(): Promise<ReceivedEvent | undefined>; close(): void }> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal });
  const received: ReceivedEvent[] = [];
  const waiting: Array<(event: ReceivedEvent | undefined) => void> = [];
  let ended = !response.ok || !response.body;
  const deliver = (event: ReceivedEvent) => {
    const waiter = waiting.shift();
    if (waiter) waiter(event);
    else received.push(event);
  };
  if (!ended) {
    void (async () => {
      try {
        for await (const event of readServerSentEvents(response.body!)) deliver({ ...event, receivedAt: Date.now() });
      } catch {
        // Aborted by close().
      }
      ended = true;
      for (const waiter of waiting.splice(0)) waiter(undefined);
    })();
  }
  return {
    status: response.status,
    next: () => (received.length ? Promise.resolve(received.shift()) : ended ? Promise.resolve(undefined) : new Promise((resolve) => waiting.push(resolve))),
    close: () => controller.abort(),
  };
}
