import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { createBedrockRequestHandler } from "../../src/bedrock-local/bedrock-request-handler.ts";
import { createDualProtocolServer } from "../../src/bedrock-local/dual-protocol-listener.ts";
import { EndpointStats } from "../../src/bedrock-local/endpoint-stats.ts";
import { FaultInjector } from "../../src/bedrock-local/fault-injector.ts";
import { faultSpecSchema } from "../../src/bedrock-local/fault-spec.ts";
import type { FaultSpecInput } from "../../src/bedrock-local/server.ts";

/**
 * The local Bedrock endpoint's own request handler, with its fault injection and stats, behind a
 * gauge of the calls each model has outstanding, from the request's arrival until its answer has
 * gone out. The endpoint serves an embedding in one go, so its own in-flight count cannot see
 * overlapping calls; `serviceMs` makes each InvokeModel call take that long, like a real model,
 * so calls overlap and the gauge sees as many at once as the client really sends.
 */
export async function startGaugedBedrock(options: { faults: FaultSpecInput; serviceMs: number }) {
  const stats = new EndpointStats();
  const serve = createBedrockRequestHandler({ stats, faults: new FaultInjector(faultSpecSchema.parse(options.faults)) });
  const outstanding = new Map<string, { now: number; most: number }>();
  const { server, destroyConnections } = createDualProtocolServer((request, response) => {
    const match = /^\/model\/([^/]+)\/invoke$/.exec(request.url ?? "");
    if (request.method !== "POST" || !match) return serve(request, response);
    const gauge = outstanding.get(decodeURIComponent(match[1])) ?? { now: 0, most: 0 };
    outstanding.set(decodeURIComponent(match[1]), gauge);
    gauge.now += 1;
    gauge.most = Math.max(gauge.most, gauge.now);
    response.once("close", () => (gauge.now -= 1));
    void sleep(options.serviceMs).then(() => serve(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The endpoint's own counters: calls and injected faults per model. */
    stats: () => stats.snapshot(),
    /** The most InvokeModel calls to `modelId` that were outstanding at once. */
    mostOutstanding: (modelId: string) => outstanding.get(modelId)?.most ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        destroyConnections();
        server.close(() => resolve());
      }),
  };
}
