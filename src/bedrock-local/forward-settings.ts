import { z } from "zod";
import type { ModelReference } from "./model-id.ts";
import { modelMatcher } from "./model-pattern.ts";

/** One entry of the model map: Bedrock model ids matching `pattern` (all when absent) are served by `target`. */
export interface ForwardModelRule {
  pattern?: string;
  target: string;
}

/** Where and how generation is forwarded to an OpenAI-compatible server. */
export interface ForwardSettings {
  /** The server's base URL (`http://127.0.0.1:11434`, `…/v1`) or its full `/chat/completions` URL. */
  url: string;
  /** Tried in order; a model matching none is asked for by its Bedrock id. */
  models?: ForwardModelRule[];
  /** Sent as a bearer token (vLLM `--api-key`, hosted gateways). */
  apiKey?: string;
  /** The whole call, including a stream, may take this long (default 120 s). */
  timeoutMs?: number;
}

/**
 * Reads a model map as the CLI and environment write it: `name` for every model, or
 * comma-separated `glob=name` entries, e.g. `*haiku*=llama3.2:3b,*=qwen2.5:7b`.
 */
export const forwardModelsSchema = z
  .string()
  .trim()
  .min(1)
  .transform((text, context): ForwardModelRule[] => {
    const rules: ForwardModelRule[] = [];
    for (const entry of text.split(",").map((part) => part.trim())) {
      const separator = entry.indexOf("=");
      const pattern = separator === -1 ? undefined : entry.slice(0, separator).trim();
      const target = (separator === -1 ? entry : entry.slice(separator + 1)).trim();
      if (!target || pattern === "") {
        context.addIssue({ code: "custom", message: `"${entry}" is not a model name or glob=name` });
        return z.NEVER;
      }
      rules.push(pattern === undefined ? { target } : { pattern, target });
    }
    return rules;
  });

/** The URL of the chat completions route under a base URL. */
export function chatCompletionsUrl(url: string): string {
  const base = url.replace(/\/+$/, "");
  if (base.endsWith("/chat/completions")) return base;
  return base.endsWith("/v1") ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}

/** Resolves the model name the forward server is asked for. */
export function forwardModelResolver(rules: readonly ForwardModelRule[] = []): (model: ModelReference) => string {
  const compiled = rules.map((rule) => ({ matches: rule.pattern === undefined ? () => true : modelMatcher(rule.pattern), target: rule.target }));
  return (model) => compiled.find((rule) => rule.matches(model))?.target ?? model.requested;
}
