import { ModelError } from "../../model-port.ts";

const retryableNames = new Set([
  "ThrottlingException",
  "ServiceUnavailableException",
  "ModelNotReadyException",
  "InternalServerException",
  "ModelTimeoutException",
  "ModelStreamErrorException",
  "TimeoutError",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
]);

/** Maps an AWS SDK error to a ModelError, deciding retryability in one place. */
export function mapBedrockError(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  const failure = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = failure.name ?? failure.code ?? "UnknownError";
  const status = failure.$metadata?.httpStatusCode;
  const retryable = retryableNames.has(name) || retryableNames.has(failure.code ?? "") || (status !== undefined && status >= 500);
  return new ModelError(failure.message ?? name, name, retryable, { cause: error });
}
