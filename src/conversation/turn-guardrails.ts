import type { GuardrailCheckOptions, GuardrailEngine, GuardrailResult } from "../guardrails/index.ts";

/** Checks a text against the guardrail policy: the local engine, or Bedrock Guardrails over the network. */
export interface GuardrailChecker {
  check(text: string, options: GuardrailCheckOptions): Promise<GuardrailResult>;
}

/** The guardrails a turn applies: a checker for the customer's message, the local engine for the stream. */
export interface TurnGuardrails {
  /** Recorded with every intervention. */
  policyName: string;
  input: GuardrailChecker;
  // Streamed output is checked sentence by sentence; a network round trip per sentence would
  // stall the stream, so it always runs on the local engine.
  output: GuardrailEngine;
}

/** The local engine behind the asynchronous checker interface. */
export function localGuardrailChecker(engine: GuardrailEngine): GuardrailChecker {
  return { check: async (text, options) => engine.check(text, options) };
}
