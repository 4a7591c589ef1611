import type { AddressInfo } from "node:net";
import { createBedrockRequestHandler } from "./bedrock-request-handler.ts";
import type { EndpointLogger, EndpointStats } from "./bedrock-request-handler.ts";
import { createDualProtocolServer } from "./dual-protocol-listener.ts";

export interface LocalBedrockOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed artificial model latency for converse, converse-stream and invoke (default 0/0). */
  latency?: { firstTokenMs?: number; perTokenMs?: number };
  /** Optional; a pino logger fits. */
  logger?: EndpointLogger;
}

export interface LocalBedrockServer {
  /** Base URL to give a Bedrock Runtime client as its `endpoint`. */
  url: string;
  port: number;
  close(): Promise<void>;
  stats(): { requests: number; inFlight: number; maxInFlight: number };
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

/**
 * Starts the local Bedrock endpoint: an HTTP server that the unmodified
 * `@aws-sdk/client-bedrock-runtime` talks to (HTTP/2 or HTTP/1.1 on one port), serving Converse,
 * ConverseStream, InvokeModel and InvokeModelWithResponseStream with the offline grounded answerer
 * and the local embedder.
 */
export async function startLocalBedrock(options: LocalBedrockOptions = {}): Promise<LocalBedrockServer> {
  const host = options.host ?? "127.0.0.1";
  const latency = { firstTokenMs: options.latency?.firstTokenMs ?? 0, perTokenMs: options.latency?.perTokenMs ?? 0 };
  const counters: EndpointStats = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const handler = createBedrockRequestHandler({ latency, logger: options.logger, stats: counters });
  const { server, destroyConnections } = createDualProtocolServer(handler);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${urlHost(host)}:${port}`;
  options.logger?.info({ url }, "local Bedrock endpoint listening");

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    stats: () => ({ ...counters }),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroyConnections();
      });
      return closing;
    },
  };
}
