import { z } from "zod";
import { createGuardrailEngine, defaultGuardrailPolicy, toBedrockApplyGuardrailResponse, type GuardrailEngine } from "../guardrails/index.ts";
import { detectLanguage } from "../i18n/detect-language.ts";
import { validationError } from "./bedrock-errors.ts";
import type { HttpExchange } from "./http-exchange.ts";
import { validationMessage } from "./validation-message.ts";

// POST /guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply
const ROUTE = /^\/guardrail\/([^/]+)\/version\/([^/]+)\/apply$/;

const applyGuardrailRequest = z.object({
  source: z.enum(["INPUT", "OUTPUT"]),
  content: z
    .array(z.object({ text: z.object({ text: z.string(), qualifiers: z.array(z.string()).optional() }) }).loose())
    .min(1),
  outputScope: z.enum(["INTERVENTIONS", "FULL"]).optional(),
});

let engine: GuardrailEngine | undefined;

/** Whether a request is ApplyGuardrail (any guardrail id and version: the local endpoint has one policy). */
export function isApplyGuardrailRoute(method: string, path: string): boolean {
  return method === "POST" && ROUTE.test(path);
}

/**
 * ApplyGuardrail served by Switchboard's local engine with the default policy, so the Bedrock
 * Guardrails adapter runs through the real SDK offline. The blocked message comes in the language
 * of the checked text, as a localized policy would give it.
 */
export function handleApplyGuardrail(exchange: HttpExchange, body: unknown): undefined {
  const parsed = applyGuardrailRequest.safeParse(body);
  if (!parsed.success) throw validationError(validationMessage(parsed.error));
  const text = parsed.data.content.map((block) => block.text.text).join("\n");
  engine ??= createGuardrailEngine(defaultGuardrailPolicy);
  const result = engine.check(text, { source: parsed.data.source, language: detectLanguage(text).language });
  exchange.json(200, toBedrockApplyGuardrailResponse(result, { text }));
  // No model served this request; the request log shows none.
  return undefined;
}
