/** A Bedrock Runtime error: the type the SDK throws, the HTTP status it arrives with, a message. */
export class BedrockError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
    /** Members the error body carries besides `message` (ModelStreamErrorException's original status). */
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = type;
  }
}

/** 400 ValidationException, the error for anything wrong with a request. */
export function validationError(message: string): BedrockError {
  return new BedrockError("ValidationException", 400, message);
}

/** The error for a model id the endpoint does not serve. */
export function invalidModelError(): BedrockError {
  return validationError("The provided model identifier is invalid.");
}

/** The error for a model that exists but does not support the operation. */
export function unsupportedOperationError(): BedrockError {
  return validationError("This action doesn't support the model that you provided. Try again with a supported text or chat model.");
}

/** The in-stream exception name (`:exception-type`) for an error type: camel case, as Bedrock sends it. */
export function streamExceptionType(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1);
}

/** Bedrock Runtime's exceptions: the HTTP status each arrives with and the message Bedrock sends. */
export const BEDROCK_EXCEPTIONS = {
  ThrottlingException: { status: 429, message: "Too many requests, please wait before trying again." },
  ModelNotReadyException: { status: 429, message: "Model is not ready to serve inference requests. The AWS SDK will automatically retry the operation." },
  ServiceUnavailableException: { status: 503, message: "Bedrock is unable to process your request." },
  InternalServerException: { status: 500, message: "The system encountered an unexpected error during processing. Try your request again." },
  ModelTimeoutException: { status: 408, message: "Model has timed out in processing the request. Try your request again." },
  ValidationException: { status: 400, message: "The provided request is not valid." },
  AccessDeniedException: { status: 403, message: "You don't have access to the model with the specified model ID." },
  ModelStreamErrorException: { status: 424, message: "The model stream ended with an error." },
  ModelErrorException: { status: 424, message: "The model returned an error while processing the request." },
  ResourceNotFoundException: { status: 404, message: "The specified resource was not found." },
} as const;

export type BedrockExceptionType = keyof typeof BEDROCK_EXCEPTIONS;

/** One of Bedrock's exceptions with its status, and Bedrock's own message unless another is given. */
export function bedrockException(type: BedrockExceptionType, message?: string, fields?: Record<string, unknown>): BedrockError {
  const { status, message: standard } = BEDROCK_EXCEPTIONS[type];
  return new BedrockError(type, status, message ?? standard, fields);
}
