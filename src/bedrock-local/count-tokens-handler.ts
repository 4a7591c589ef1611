import { z } from "zod";
import { anthropicInvokeFormat } from "./anthropic-invoke.ts";
import { validationError } from "./bedrock-errors.ts";
import type { OperationContext } from "./converse-handler.ts";
import { parseConverseRequest } from "./converse-request-schema.ts";
import { requestTokens } from "./token-usage.ts";
import { validationMessage } from "./validation-message.ts";

const countTokensRequest = z.object({
  input: z.union([
    z.object({ converse: z.unknown() }),
    z.object({ invokeModel: z.object({ body: z.string() }) }),
  ]),
});

/** POST /model/{modelId}/count-tokens: the same estimate the endpoint reports as usage. */
export async function handleCountTokens(context: OperationContext): Promise<void> {
  const parsed = countTokensRequest.safeParse(context.body);
  if (!parsed.success) throw validationError(validationMessage(parsed.error));
  const input = parsed.data.input;
  let request;
  if ("converse" in input) {
    request = parseConverseRequest(input.converse);
  } else {
    // The invokeModel body is a blob, so it arrives base64-encoded inside the JSON.
    const text = Buffer.from(input.invokeModel.body, "base64").toString("utf8");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw validationError("Malformed input request, please reformat your input and try again.");
    }
    request = anthropicInvokeFormat.toChatRequest(body);
  }
  context.exchange.json(200, { inputTokens: requestTokens(request) });
}
