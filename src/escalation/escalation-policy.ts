import { z } from "zod";

const toggle = z.object({ enabled: z.boolean().default(true) });

/** USD per unit of each currency; only currencies listed here can be compared with the threshold. */
export const defaultCurrencyRates: Readonly<Record<string, number>> = { EUR: 1.08, GBP: 1.27, CNY: 0.14, USD: 1 };

const currencyRates = z
  .record(z.string().regex(/^[A-Za-z]{3}$/u), z.number().positive())
  // Adding one currency should not silently drop the others; USD is always 1.
  .transform((rates) => ({
    ...defaultCurrencyRates,
    ...Object.fromEntries(Object.entries(rates).map(([code, rate]) => [code.toUpperCase(), rate])),
    USD: 1,
  }));

/** Which escalation triggers are on, and their thresholds; every field has a default. */
export const escalationPolicySchema = z.object({
  humanRequest: toggle.prefault({}),
  legalThreat: toggle.prefault({}),
  sentiment: toggle
    .extend({
      /** A message scoring below this (in -1..1) escalates by itself. */
      veryNegativeBelow: z.number().min(-1).max(1).default(-0.6),
      /** How many customer messages, the current one included, a trend is read over. */
      trendTurns: z.number().int().min(2).default(3),
      /** The drop from the first to the last of those messages that counts as a downward trend. */
      trendDropBelow: z.number().max(0).min(-2).default(-0.3),
    })
    .prefault({}),
  refund: toggle
    .extend({
      thresholdUsd: z.number().nonnegative().default(500),
      currencyRates: currencyRates.prefault({}),
    })
    .prefault({}),
  premiumRefundOrCancel: toggle.prefault({}),
  unresolvedTurns: toggle.extend({ maxTurns: z.number().int().min(1).default(6) }).prefault({}),
  lowConfidence: toggle.extend({ consecutiveNoAnswer: z.number().int().min(1).default(2) }).prefault({}),
  guardrailBlock: toggle.prefault({}),
});

export type EscalationPolicy = z.output<typeof escalationPolicySchema>;
export type EscalationPolicyInput = z.input<typeof escalationPolicySchema>;

/** Validates a (partial) policy from configuration and fills in the defaults. */
export function parseEscalationPolicy(input: unknown = {}): EscalationPolicy {
  return escalationPolicySchema.parse(input ?? {});
}

/** The policy with every trigger on and the default thresholds. */
export const defaultEscalationPolicy: EscalationPolicy = parseEscalationPolicy({});
