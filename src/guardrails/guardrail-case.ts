import { z } from "zod";

const category = z.enum(["PII", "PROMPT_ATTACK", "DENIED_TOPIC", "WORDS", "CONTENT", "REGEX"]);

export const guardrailCaseSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  source: z.enum(["INPUT", "OUTPUT"]),
  lang: z.enum(["en", "es", "fr", "de", "zh"]),
  expect: z.object({
    action: z.enum(["NONE", "ANONYMIZED", "BLOCKED"]),
    categories: z.array(category),
    types: z.array(z.string()).optional(),
  }),
  /** Why a look-alike must pass, or why a borderline case is labelled the way it is. */
  note: z.string().optional(),
});

export type GuardrailCase = z.output<typeof guardrailCaseSchema>;

/** Validates a labelled evaluation set; ids must be unique. */
export function parseGuardrailCases(value: unknown): GuardrailCase[] {
  const cases = z.array(guardrailCaseSchema).parse(value);
  const seen = new Set<string>();
  for (const labelled of cases) {
    if (seen.has(labelled.id)) throw new Error(`Duplicate guardrail case id: ${labelled.id}`);
    seen.add(labelled.id);
  }
  return cases;
}
