/** What the endpoint knows about a requested model. */
export interface ModelReference {
  /** The id as the caller wrote it (decoded). */
  requested: string;
  /** The foundation model behind it, or the opaque profile id when the ARN does not say. */
  baseModelId: string;
  kind: "chat" | "embedding";
  family: "anthropic" | "nova" | "llama" | "titan-embed-v2" | "titan-embed-v1";
}

// Cross-region inference profiles put a geography in front of the model id.
const PROFILE_PREFIX = /^(?:us|eu|apac|global|us-gov|ca|jp|au)\./;
const ARN = /^arn:aws[\w-]*:bedrock:[\w-]*:\d*:([\w-]+)\/(.+)$/;
const ARN_RESOURCES = new Set([
  "foundation-model",
  "inference-profile",
  "application-inference-profile",
  "provisioned-model",
  "custom-model",
  "imported-model",
  "prompt-router",
]);
const BASE_ID = /^[a-z0-9-]+\.[a-z0-9][\w.:-]*$/i;

function classify(baseModelId: string, requested: string): ModelReference | undefined {
  const id = baseModelId.toLowerCase();
  if (id.includes("anthropic.claude")) return { requested, baseModelId, kind: "chat", family: "anthropic" };
  if (id.startsWith("amazon.nova-") && !/canvas|reel|sonic/.test(id)) return { requested, baseModelId, kind: "chat", family: "nova" };
  if (id.startsWith("meta.llama")) return { requested, baseModelId, kind: "chat", family: "llama" };
  if (/^amazon\.titan-embed-text-v2(?::0)?$/.test(id)) return { requested, baseModelId, kind: "embedding", family: "titan-embed-v2" };
  if (/^amazon\.titan-embed-text-v1(?::2)?$/.test(id)) return { requested, baseModelId, kind: "embedding", family: "titan-embed-v1" };
  return undefined;
}

/**
 * Resolves a model id from a request path: a bare id, a cross-region inference profile
 * ("us.anthropic.claude-…") or an ARN. The path segment arrives percent-encoded.
 */
export function parseModelId(pathSegment: string): ModelReference | undefined {
  let requested: string;
  try {
    requested = decodeURIComponent(pathSegment);
  } catch {
    return undefined;
  }
  const arn = ARN.exec(requested);
  if (arn) {
    const [, resource = "", resourceId = ""] = arn;
    if (!ARN_RESOURCES.has(resource)) return undefined;
    const baseModelId = resourceId.replace(PROFILE_PREFIX, "");
    // Application profiles and provisioned models have opaque ids; they stand for a chat model.
    if (!BASE_ID.test(baseModelId)) return /^[\w-]+$/.test(baseModelId) ? { requested, baseModelId, kind: "chat", family: "anthropic" } : undefined;
    return classify(baseModelId, requested);
  }
  const baseModelId = requested.replace(PROFILE_PREFIX, "");
  return BASE_ID.test(baseModelId) ? classify(baseModelId, requested) : undefined;
}
