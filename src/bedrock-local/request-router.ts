/** The Bedrock Runtime operations the local endpoint serves. */
export type BedrockOperation = "converse" | "converse-stream" | "invoke" | "invoke-with-response-stream" | "count-tokens";

/** A matched route: the operation and the raw (still percent-encoded) model id segment. */
export interface BedrockRoute {
  operation: BedrockOperation;
  modelSegment: string;
}

// Greedy on the model id, so an ARN whose "/" was left unencoded still matches.
const ROUTE = /^\/model\/(.+)\/(converse|converse-stream|invoke|invoke-with-response-stream|count-tokens)$/;

/** Matches `POST /model/{modelId}/{operation}`; undefined for anything else. */
export function matchRoute(method: string, path: string): BedrockRoute | undefined {
  if (method !== "POST") return undefined;
  const match = ROUTE.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  return { modelSegment: match[1], operation: match[2] as BedrockOperation };
}
