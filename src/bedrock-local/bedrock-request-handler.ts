import type { IncomingMessage, ServerResponse } from "node:http";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import type { ModelLatency } from "./answer-stream.ts";
import { handleAdminRequest, isAdminPath } from "./admin-routes.ts";
import { handleApplyGuardrail, isApplyGuardrailRoute } from "./apply-guardrail-handler.ts";
import { BedrockError, invalidModelError, validationError } from "./bedrock-errors.ts";
import { bindChatSource } from "./chat-source.ts";
import type { ChatSource } from "./chat-source.ts";
import { handleConverse, handleConverseStream } from "./converse-handler.ts";
import type { OperationContext } from "./converse-handler.ts";
import { handleCountTokens } from "./count-tokens-handler.ts";
import { EndpointStats } from "./endpoint-stats.ts";
import { FaultInjector, InjectedFault } from "./fault-injector.ts";
import type { FaultOperation } from "./fault-spec.ts";
import { HttpExchange, toBedrockError } from "./http-exchange.ts";
import { handleInvoke, handleInvokeStream } from "./invoke-handler.ts";
import { createLatencyModel } from "./latency-profile.ts";
import { malformJsonAnswer } from "./malformed-json.ts";
import { parseModelId } from "./model-id.ts";
import type { ModelReference } from "./model-id.ts";
import { offlineChatSource } from "./offline-chat-source.ts";
import { PromptCacheSimulator } from "./prompt-cache.ts";
import { matchRoute } from "./request-router.ts";
import type { BedrockOperation } from "./request-router.ts";

/** The logging calls the endpoint makes; a pino logger satisfies it. */
export interface EndpointLogger {
  info: (object: object, message?: string) => void;
  warn: (object: object, message?: string) => void;
  error: (object: object, message?: string) => void;
}

/** What the handler works with; each part has a default, so tests can swap any one. */
export interface EndpointRuntime {
  logger?: EndpointLogger;
  stats: EndpointStats;
  faults: FaultInjector;
  /** The latency of a call to a model before faults (the fixed setting or the realistic profile). */
  latencyFor: (model: ModelReference) => ModelLatency;
  chatSource: ChatSource;
  promptCache: PromptCacheSimulator;
}

const OPERATIONS: Record<BedrockOperation, (context: OperationContext) => Promise<void>> = {
  converse: handleConverse,
  "converse-stream": handleConverseStream,
  invoke: handleInvoke,
  "invoke-with-response-stream": handleInvokeStream,
  "count-tokens": handleCountTokens,
};

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw validationError("Malformed input request, please reformat your input and try again.");
  }
}

// The fault spec names InvokeModelWithResponseStream "invoke-stream".
const FAULT_OPERATION_OF: Record<BedrockOperation, FaultOperation> = {
  converse: "converse",
  "converse-stream": "converse-stream",
  invoke: "invoke",
  "invoke-with-response-stream": "invoke-stream",
  "count-tokens": "count-tokens",
};

// One model call: counted per model, then faults decide whether it fails, slows, breaks or is served.
async function callModel(exchange: HttpExchange, runtime: EndpointRuntime, operation: BedrockOperation, model: ModelReference, body: Buffer, startedAt: number) {
  const leave = runtime.stats.modelCallStarted(model.requested);
  try {
    const faults = runtime.faults.decide({ model, operation: FAULT_OPERATION_OF[operation] });
    runtime.stats.faultsInjected(model.requested, faults.injected);
    if (faults.resetNow) return exchange.resetConnection();
    if (faults.error) throw faults.error;
    if (faults.streamBreak) exchange.breakStreamAfter(faults.streamBreak.afterEvents, faults.streamBreak.error);
    const style = faults.malformedJson;
    const chat = bindChatSource(runtime.chatSource, {
      model,
      latency: { ...runtime.latencyFor(model), ...faults.latency },
      transform: style ? (answer) => malformJsonAnswer(answer, style) : undefined,
      signal: exchange.closed,
    });
    await OPERATIONS[operation]({ exchange, model, body: parseJson(body), chat, promptCache: runtime.promptCache, startedAt });
  } finally {
    leave();
  }
}

async function serve(exchange: HttpExchange, runtime: EndpointRuntime, startedAt: number): Promise<string | undefined> {
  const route = matchRoute(exchange.method, exchange.path);
  const body = await exchange.body();
  if (isApplyGuardrailRoute(exchange.method, exchange.path)) return handleApplyGuardrail(exchange, parseJson(body));
  if (!route) throw new BedrockError("UnknownOperationException", 404, `No operation matches ${exchange.method} ${exchange.path}.`);
  const model = parseModelId(route.modelSegment);
  if (!model) throw invalidModelError();
  await callModel(exchange, runtime, route.operation, model, body, startedAt);
  return model.requested;
}

function fail(exchange: HttpExchange, error: BedrockError): void {
  // Once a stream has started, an error travels as an exception frame and the stream ends.
  if (exchange.headersSent) exchange.endWithException(error);
  else exchange.error(error);
}

/** The HTTP handler of the local Bedrock endpoint: routes, validates, injects faults, answers, logs and counts. */
export function createBedrockRequestHandler(options: Partial<EndpointRuntime> = {}) {
  const runtime: EndpointRuntime = {
    logger: options.logger,
    stats: options.stats ?? new EndpointStats(),
    faults: options.faults ?? new FaultInjector(),
    latencyFor: options.latencyFor ?? createLatencyModel(),
    chatSource: options.chatSource ?? offlineChatSource,
    promptCache: options.promptCache ?? new PromptCacheSimulator(),
  };
  const { logger, stats } = runtime;
  return (request: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse): void => {
    const exchange = new HttpExchange(request, response);
    if (isAdminPath(exchange.path)) {
      // Admin calls are not Bedrock traffic: not counted, not logged per request.
      handleAdminRequest(exchange, runtime).catch((error: unknown) => {
        logger?.error({ err: error }, "local Bedrock admin request failed");
        if (!exchange.headersSent) exchange.json(500, { error: { code: "internal", message: "The admin request failed." } });
      });
      return;
    }
    const startedAt = Date.now();
    const leave = stats.requestStarted();
    let modelId: string | undefined;
    serve(exchange, runtime, startedAt)
      .then((served) => {
        modelId = served;
      })
      .catch((error: unknown) => {
        const bedrockError = toBedrockError(error);
        // Injected faults and work cut short by a departed client are no failures of the endpoint.
        if (bedrockError.status >= 500 && !(error instanceof InjectedFault) && !exchange.closed.aborted) {
          logger?.error({ err: error, requestId: exchange.requestId }, "local Bedrock request failed");
        }
        fail(exchange, bedrockError);
      })
      .catch((error: unknown) => logger?.error({ err: error, requestId: exchange.requestId }, "local Bedrock response failed"))
      .finally(() => {
        leave();
        logger?.info(
          {
            requestId: exchange.requestId,
            method: exchange.method,
            httpVersion: exchange.httpVersion,
            path: exchange.path,
            modelId,
            status: exchange.statusCode,
            durationMs: Date.now() - startedAt,
            clientClosed: exchange.closed.aborted,
          },
          "local Bedrock request",
        );
      });
  };
}
