import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { z } from "zod";
import { isFinished } from "../jobs/job-store.ts";
import type { JobWatcher } from "../jobs/job-watcher.ts";
import type { Logger } from "../observability/logger.ts";
import { jobView } from "./routes/job-routes.ts";

const frameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("subscribe"), jobId: z.uuid() }).strict(),
  z.object({ type: z.literal("unsubscribe"), jobId: z.uuid() }).strict(),
]);

// Enough for an admin console watching a page of jobs; bounds what one socket makes the server poll.
const maxSubscriptions = 200;

export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * The admin console's live job updates: `GET /v1/jobs/updates` as a WebSocket. The upgrade request
 * is first answered by the HTTP app itself (`check`), so it passes exactly the authorization of
 * the other job routes (session cookie, API token, admin token, OIDC); only its 426 "upgrade
 * required" lets the upgrade through. Frames in: `{type: "subscribe"|"unsubscribe", jobId}`;
 * frames out: `{type: "job", job}` on every change, `{type: "job.unknown", jobId}`, `{type: "error", error}`.
 */
export function createJobUpdateSocket(deps: { check: (request: Request) => Promise<Response>; updates: JobWatcher; logger: Logger }): { upgrade: UpgradeHandler; close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });

  const upgrade: UpgradeHandler = (request, socket, head) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    void deps
      .check(new Request(new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`), { headers }))
      .then(async (answer) => {
        if (answer.status === 426) return wss.handleUpgrade(request, socket, head, serve);
        const body = await answer.text();
        socket.end(`HTTP/1.1 ${answer.status} ${answer.statusText || "Refused"}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      })
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, "job update socket upgrade failed");
        socket.destroy();
      });
  };

  const serve = (ws: WebSocket) => {
    const subscriptions = new Map<string, () => void>();
    const send = (payload: object) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
    };
    const unsubscribe = (jobId: string) => {
      subscriptions.get(jobId)?.();
      subscriptions.delete(jobId);
    };
    send({ type: "ready" });
    ws.on("message", (raw) => {
      let frame: z.infer<typeof frameSchema>;
      try {
        const parsed = frameSchema.safeParse(JSON.parse(raw.toString()));
        if (!parsed.success) return send({ type: "error", error: { code: "validation_failed", message: 'Send {"type": "subscribe" | "unsubscribe", "jobId": "<uuid>"}' } });
        frame = parsed.data;
      } catch {
        return send({ type: "error", error: { code: "invalid_json", message: "Frames must be JSON" } });
      }
      if (frame.type === "unsubscribe") return unsubscribe(frame.jobId);
      if (subscriptions.has(frame.jobId)) return;
      if (subscriptions.size >= maxSubscriptions) {
        return send({ type: "error", error: { code: "too_many_subscriptions", message: `At most ${maxSubscriptions} jobs per socket` } });
      }
      const jobId = frame.jobId;
      subscriptions.set(
        jobId,
        deps.updates.watch(jobId, (job) => {
          if (!job) {
            send({ type: "job.unknown", jobId });
            return unsubscribe(jobId);
          }
          send({ type: "job", job: jobView(job) });
          if (isFinished(job.status)) unsubscribe(jobId);
        }),
      );
    });
    ws.on("close", () => {
      for (const stop of subscriptions.values()) stop();
      subscriptions.clear();
    });
    ws.on("error", (error) => deps.logger.warn({ err: error }, "job update socket error"));
  };

  return {
    upgrade,
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
