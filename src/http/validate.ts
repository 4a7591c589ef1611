import type { Context } from "hono";
import type { z } from "zod";
import { HttpError, badRequest } from "./errors.ts";

/** Parses a JSON body against a schema: malformed JSON is 400, a body of the wrong shape 422. */
export async function readJsonBody<Schema extends z.ZodType>(context: Context, schema: Schema): Promise<z.infer<Schema>> {
  const contentType = context.req.header("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new HttpError(415, "unsupported_media_type", "Send the body as application/json");
  }
  let body: unknown;
  try {
    body = await context.req.json();
  } catch {
    throw badRequest("invalid_json", "The request body is not valid JSON");
  }
  return parseWith(schema, body, "body");
}

/** Validates any input (query, params, parsed body) against a schema, answering 422 with the issues. */
export function parseWith<Schema extends z.ZodType>(schema: Schema, input: unknown, where: string): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: [where, ...issue.path.map(String)].join("."), message: issue.message }));
    throw new HttpError(422, "validation_failed", `Invalid ${where}: ${issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}`, { issues });
  }
  return parsed.data;
}
