import picomatch from "picomatch";
import type { ModelReference } from "./model-id.ts";

/** Tests whether a request's model matches an exact id or a glob (`*haiku*`, `anthropic.claude-3-*`). */
export type ModelMatcher = (model: ModelReference) => boolean;

/**
 * Compiles a model pattern. It is compared with the decoded id the caller sent and with the
 * foundation model behind it, so `*haiku*` covers `us.anthropic.claude-3-5-haiku-…` and an
 * inference-profile ARN of it alike.
 */
export function modelMatcher(pattern: string): ModelMatcher {
  const matches = picomatch(pattern, { dot: true, nocase: true });
  return (model) => matches(model.requested) || matches(model.baseModelId);
}
