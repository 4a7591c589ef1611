import { ModelError } from "../../model-port.ts";

const retryableNames = new Set([
  "ThrottlingException",
  "ServiceUnavailableException",
  "ModelNotReadyException",
  "InternalServerException",
  "ModelTimeoutException",
  "ModelStreamErrorException",
  "TimeoutError",
]);

// Connection failures carry a generic name; their code says what happened.
const networkCodes = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "ERR_HTTP2_STREAM_ERROR", "ERR_HTTP2_SESSION_ERROR", "ERR_HTTP2_GOAWAY_SESSION", "ERR_STREAM_PREMATURE_CLOSE"]);

/** Maps an AWS SDK error to a ModelError, deciding retryability in one place. */
export function mapBedrockError(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  const failure = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const network = failure.code !== undefined && networkCodes.has(failure.code);
  const name = network ? failure.code! : (failure.name ?? failure.code ?? "UnknownError");
  const status = failure.$metadata?.httpStatusCode;
  const retryable = network || retryableNames.has(name) || (status !== undefined && status >= 500);
  return new ModelError(failure.message ?? name, name, retryable, { cause: error });
}
