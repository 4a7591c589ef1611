import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error type the HTTP layer raises: a precise status, a stable code, a message for people. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const badRequest = (code: string, message: string, details?: unknown) => new HttpError(400, code, message, details);
export const unauthorized = (message = "A valid bearer token is required") => new HttpError(401, "unauthorized", message);
export const forbidden = (message = "This token does not grant access to this resource") => new HttpError(403, "forbidden", message);
export const notFound = (what: string) => new HttpError(404, "not_found", `${what} not found`);

/** Writes the JSON error body `{error: {code, message, details?}}` every failure uses. */
export function errorResponse(context: Context, error: HttpError): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  return context.json(body, error.status);
}
