import type { IncomingMessage, ServerResponse } from "node:http";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import type { ModelLatency } from "./answer-stream.ts";
import { handleApplyGuardrail, isApplyGuardrailRoute } from "./apply-guardrail-handler.ts";
import { BedrockError, invalidModelError, streamExceptionType, validationError } from "./bedrock-errors.ts";
import { handleConverse, handleConverseStream } from "./converse-handler.ts";
import type { OperationContext } from "./converse-handler.ts";
import { handleCountTokens } from "./count-tokens-handler.ts";
import { encodeException } from "./event-stream-encoder.ts";
import { HttpExchange, toBedrockError } from "./http-exchange.ts";
import { handleInvoke, handleInvokeStream } from "./invoke-handler.ts";
import { parseModelId } from "./model-id.ts";
import { matchRoute } from "./request-router.ts";
import type { BedrockOperation } from "./request-router.ts";

/** The logging calls the endpoint makes; a pino logger satisfies it. */
export interface EndpointLogger {
  info: (object: object, message?: string) => void;
  warn: (object: object, message?: string) => void;
  error: (object: object, message?: string) => void;
}

/** Request counters. */
export interface EndpointStats {
  requests: number;
  inFlight: number;
  maxInFlight: number;
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

async function serve(exchange: HttpExchange, latency: ModelLatency, startedAt: number): Promise<string | undefined> {
  const route = matchRoute(exchange.method, exchange.path);
  const body = await exchange.body();
  if (isApplyGuardrailRoute(exchange.method, exchange.path)) return handleApplyGuardrail(exchange, parseJson(body));
  if (!route) throw new BedrockError("UnknownOperationException", 404, `No operation matches ${exchange.method} ${exchange.path}.`);
  const model = parseModelId(route.modelSegment);
  if (!model) throw invalidModelError();
  await OPERATIONS[route.operation]({ exchange, model, body: parseJson(body), latency, startedAt });
  return model.requested;
}

async function fail(exchange: HttpExchange, error: BedrockError): Promise<void> {
  if (!exchange.headersSent) {
    exchange.error(error);
    return;
  }
  // Once a stream has started, an error travels as an exception frame and the stream ends.
  await exchange.write(encodeException(streamExceptionType(error.type), { message: error.message }));
  exchange.end();
}

/** The HTTP handler of the local Bedrock endpoint: routes, validates, answers, logs and counts. */
export function createBedrockRequestHandler(options: { latency: ModelLatency; logger?: EndpointLogger; stats: EndpointStats }) {
  const { latency, logger, stats } = options;
  return (request: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse): void => {
    const exchange = new HttpExchange(request, response);
    const startedAt = Date.now();
    stats.requests += 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    let modelId: string | undefined;
    serve(exchange, latency, startedAt)
      .then((served) => {
        modelId = served;
      })
      .catch(async (error: unknown) => {
        const bedrockError = toBedrockError(error);
        if (bedrockError.status >= 500) logger?.error({ err: error, requestId: exchange.requestId }, "local Bedrock request failed");
        await fail(exchange, bedrockError);
      })
      .catch((error: unknown) => logger?.error({ err: error, requestId: exchange.requestId }, "local Bedrock response failed"))
      .finally(() => {
        stats.inFlight -= 1;
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
