import type { TurnGuardrails } from "./turn-guardrails.ts";

/**
 * Guardrails whose policy can change while Switchboard runs: the turn pipeline and the check
 * endpoint keep this one object, and every check goes to the guardrails set last.
 */
export function createReplaceableGuardrails(initial: TurnGuardrails): { guardrails: TurnGuardrails; replace(next: TurnGuardrails): void } {
  let current = initial;
  return {
    guardrails: {
      get policyName() {
        return current.policyName;
      },
      input: { check: (text, options) => current.input.check(text, options) },
      output: { check: (text, options) => current.output.check(text, options) },
    },
    replace(next) {
      current = next;
    },
  };
}
