import { z } from "zod";
import { compileCustomRegex } from "./compile-custom-regex.ts";
import { compileTerms } from "./compile-term-pattern.ts";

const strength = z.enum(["NONE", "LOW", "MEDIUM", "HIGH"]);
const entityAction = z.enum(["ANONYMIZE", "BLOCK", "NONE"]);

export const contentFilterTypes = ["PROMPT_ATTACK", "INSULTS", "HATE", "SEXUAL", "VIOLENCE", "MISCONDUCT"] as const;

export const sensitiveEntityTypes = [
  "EMAIL",
  "PHONE",
  "CREDIT_DEBIT_CARD_NUMBER",
  "US_SOCIAL_SECURITY_NUMBER",
  "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
  "US_BANK_ACCOUNT_NUMBER",
  "IP_ADDRESS",
] as const;

const localizedMessages = z.object({
  en: z.string().min(1),
  es: z.string().min(1).optional(),
  fr: z.string().min(1).optional(),
  de: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});

// Bedrock topics carry only a definition and examples, which a model reads. A local engine has no
// model, so a topic may also list weighted signal phrases; Bedrock adapters ignore them.
const topicSignal = z
  .object({
    weight: z.number().gt(0).lte(1),
    phrases: z.array(z.string().min(1)).min(1),
  })
  .superRefine((signal, context) => {
    try {
      compileTerms(signal.phrases);
    } catch (error) {
      context.addIssue({
        code: "custom",
        path: ["phrases"],
        message: `contains an invalid "re:" phrase (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  });

const deniedTopic = z.object({
  name: z.string().min(1).max(100),
  definition: z.string().min(1).max(1000),
  examples: z.array(z.string().min(1)).max(5).default([]),
  action: z.literal("BLOCK").default("BLOCK"),
  signals: z.array(topicSignal).default([]),
});

const customRegex = z
  .object({
    name: z.string().min(1).max(100),
    description: z.string().optional(),
    pattern: z.string().min(1),
    action: entityAction,
  })
  .superRefine((regex, context) => {
    try {
      compileCustomRegex(regex.pattern);
    } catch (error) {
      context.addIssue({
        code: "custom",
        path: ["pattern"],
        message: `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  });

export const guardrailPolicySchema = z.object({
  name: z.string().min(1),
  contentFilters: z
    .array(
      z.object({
        type: z.enum(contentFilterTypes),
        inputStrength: strength,
        outputStrength: strength,
      }),
    )
    .default([]),
  deniedTopics: z.array(deniedTopic).default([]),
  words: z
    .object({
      custom: z.array(z.string().min(1)).default([]),
      managedProfanity: z.boolean().default(false),
    })
    .default({ custom: [], managedProfanity: false }),
  sensitiveInformation: z
    .object({
      entities: z.array(z.object({ type: z.enum(sensitiveEntityTypes), action: entityAction })).default([]),
      regexes: z.array(customRegex).default([]),
    })
    .default({ entities: [], regexes: [] }),
  messages: z.object({
    blockedInput: localizedMessages,
    blockedOutput: localizedMessages,
  }),
});

export type GuardrailPolicy = z.output<typeof guardrailPolicySchema>;
/** The policy as written in a file, before defaults are filled in. */
export type GuardrailPolicyInput = z.input<typeof guardrailPolicySchema>;
export type FilterStrength = z.output<typeof strength>;
export type ContentFilterType = (typeof contentFilterTypes)[number];
export type SensitiveEntityType = (typeof sensitiveEntityTypes)[number];
export type EntityAction = z.output<typeof entityAction>;
export type DeniedTopic = GuardrailPolicy["deniedTopics"][number];
export type LocalizedMessages = z.output<typeof localizedMessages>;

/** A policy file that does not validate; `issues` lists every problem with its path. */
export class GuardrailPolicyError extends Error {
  readonly code = "GUARDRAIL_POLICY_INVALID";
  constructor(
    readonly origin: string,
    readonly issues: string[],
  ) {
    super(`Invalid guardrail policy (${origin}):\n  - ${issues.join("\n  - ")}`);
    this.name = "GuardrailPolicyError";
  }
}

/** Validates an already-parsed policy object and fills in defaults. */
export function parseGuardrailPolicy(value: unknown, origin = "policy"): GuardrailPolicy {
  const parsed = guardrailPolicySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
    return `${path.replace(/^\./, "") || "(root)"}: ${issue.message}`;
  });
  throw new GuardrailPolicyError(origin, issues);
}
