import type { AddressInfo } from "node:net";
import { z } from "zod";
import { createBedrockRequestHandler } from "./bedrock-request-handler.ts";
import type { EndpointLogger } from "./bedrock-request-handler.ts";
import { createDualProtocolServer } from "./dual-protocol-listener.ts";
import { EndpointStats } from "./endpoint-stats.ts";
import type { EndpointStatsSnapshot } from "./endpoint-stats.ts";
import { FaultInjector } from "./fault-injector.ts";
import type { FaultRuleState } from "./fault-injector.ts";
import { faultSpecSchema } from "./fault-spec.ts";
import type { FaultSpec } from "./fault-spec.ts";
import { createForwardChatSource } from "./forward-chat-source.ts";
import type { ForwardSettings } from "./forward-settings.ts";
import { createLatencyModel } from "./latency-profile.ts";
import { offlineChatSource } from "./offline-chat-source.ts";

/** A fault spec as callers write it (optional fields may be left out). */
export type FaultSpecInput = z.input<typeof faultSpecSchema>;

export interface LocalBedrockOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Artificial model latency of the offline answerer: fixed (default 0/0), or "realistic" —
   * Haiku-like models ~300 ms to the first token and ~150 tokens/s, Sonnet-like ~700 ms and ~60 tokens/s.
   */
  latency?: { firstTokenMs?: number; perTokenMs?: number } | "realistic";
  /** Faults injected from the start; change them later with `setFaults` or `PUT /_local/faults`. */
  faults?: FaultSpecInput;
  /** Forward generation to an OpenAI-compatible server instead of answering offline (embeddings stay local). */
  forward?: ForwardSettings;
  /** Optional; a pino logger fits. */
  logger?: EndpointLogger;
}

export interface LocalBedrockServer {
  /** Base URL to give a Bedrock Runtime client as its `endpoint`. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Requests, calls, faults and concurrency, overall and per model id. */
  stats(): EndpointStatsSnapshot;
  resetStats(): void;
  /** Replaces the fault spec (validated; throws on an invalid one). Bursts and seeded draws start over. */
  setFaults(spec: FaultSpecInput): void;
  clearFaults(): void;
  /** The fault spec in force and each rule's progress. */
  faults(): FaultSpec & { state: FaultRuleState[] };
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

function validFaultSpec(spec: FaultSpecInput): FaultSpec {
  const parsed = faultSpecSchema.safeParse(spec);
  if (!parsed.success) throw new Error(`invalid fault spec: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function latencyModel(options: LocalBedrockOptions) {
  // A forwarded model has latency of its own; only latency faults add to it.
  if (options.forward) return createLatencyModel();
  if (options.latency === "realistic") return createLatencyModel({ kind: "realistic" });
  return createLatencyModel({ kind: "fixed", firstTokenMs: options.latency?.firstTokenMs ?? 0, perTokenMs: options.latency?.perTokenMs ?? 0 });
}

/**
 * Starts the local Bedrock endpoint: an HTTP server that the unmodified
 * `@aws-sdk/client-bedrock-runtime` talks to (HTTP/2 or HTTP/1.1 on one port), serving Converse,
 * ConverseStream, InvokeModel and InvokeModelWithResponseStream with the offline grounded answerer
 * (or a forwarded OpenAI-compatible server) and the local embedder, with fault injection.
 */
export async function startLocalBedrock(options: LocalBedrockOptions = {}): Promise<LocalBedrockServer> {
  const host = options.host ?? "127.0.0.1";
  const stats = new EndpointStats();
  const faults = new FaultInjector(options.faults ? validFaultSpec(options.faults) : undefined);
  const handler = createBedrockRequestHandler({
    logger: options.logger,
    stats,
    faults,
    latencyFor: latencyModel(options),
    chatSource: options.forward ? createForwardChatSource(options.forward) : offlineChatSource,
  });
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
  options.logger?.info({ url, forward: options.forward?.url, faultRules: faults.describe().rules.length }, "local Bedrock endpoint listening");

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFaults: (spec) => faults.set(validFaultSpec(spec)),
    clearFaults: () => faults.clear(),
    faults: () => faults.describe(),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroyConnections();
      });
      return closing;
    },
  };
}
