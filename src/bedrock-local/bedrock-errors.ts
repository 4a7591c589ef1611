/** A Bedrock Runtime error: the type the SDK throws, the HTTP status it arrives with, a message. */
export class BedrockError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
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
