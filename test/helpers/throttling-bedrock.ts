import type { AddressInfo } from "node:net";
import { createBedrockRequestHandler } from "../../src/bedrock-local/bedrock-request-handler.ts";
import { createDualProtocolServer } from "../../src/bedrock-local/dual-protocol-listener.ts";

/**
 * The local Bedrock endpoint behind a throttling storm: every InvokeModel call (embeddings) in the
 * first `stormMs` after the first one is answered `429 ThrottlingException`, as Bedrock answers
 * when a quota is exhausted; after it, calls are served normally.
 */
export async function startThrottlingBedrock(stormMs: number): Promise<{ url: string; throttled: () => number; close: () => Promise<void> }> {
  const serve = createBedrockRequestHandler({ latency: { firstTokenMs: 0, perTokenMs: 0 }, stats: { requests: 0, inFlight: 0, maxInFlight: 0 } });
  let stormStartedAt: number | undefined;
  let throttled = 0;
  const { server, destroyConnections } = createDualProtocolServer((request, response) => {
    if (request.method === "POST" && /\/invoke$/.test(request.url ?? "")) {
      stormStartedAt ??= Date.now();
      if (Date.now() - stormStartedAt < stormMs) {
        throttled += 1;
        request.resume();
        response.writeHead(429, { "content-type": "application/json", "x-amzn-errortype": "ThrottlingException" });
        response.end(JSON.stringify({ message: "Too many requests, please wait before trying again." }));
        return;
      }
    }
    serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    throttled: () => throttled,
    close: () =>
      new Promise<void>((resolve) => {
        destroyConnections();
        server.close(() => resolve());
      }),
  };
}
