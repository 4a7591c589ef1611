import { readFileSync } from "node:fs";
import { z } from "zod";

/** Exceptions a fault can raise before a call is served, each Bedrock's own. */
export const EXCEPTION_FAULT_KINDS = [
  "throttle",
  "model-not-ready",
  "service-unavailable",
  "internal-error",
  "model-timeout",
  "validation",
  "access-denied",
] as const;

export const FAULT_KINDS = [...EXCEPTION_FAULT_KINDS, "network-reset", "latency", "invalid-json", "stream-cut"] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];
export type ExceptionFaultKind = (typeof EXCEPTION_FAULT_KINDS)[number];

/** The operations a rule can be limited to. */
export const FAULT_OPERATIONS = ["converse", "converse-stream", "invoke", "invoke-stream", "count-tokens"] as const;
export type FaultOperation = (typeof FAULT_OPERATIONS)[number];

/** The in-stream exceptions a stream cut can end with (model-timeout exists only for InvokeModelWithResponseStream). */
export const STREAM_CUT_EXCEPTIONS = ["model-stream-error", "internal-error", "service-unavailable", "throttle", "validation", "model-timeout"] as const;
export type StreamCutException = (typeof STREAM_CUT_EXCEPTIONS)[number];

// The SDK's operation name is accepted too, so a rule can be written either way.
const operation = z.preprocess(
  (value) => (value === "invoke-with-response-stream" ? "invoke-stream" : value),
  z.enum(FAULT_OPERATIONS),
);

const faultRule = z
  .strictObject({
    /** Exact model id or glob, compared with the decoded id and the foundation model behind it; absent = every model. */
    model: z.string().min(1).optional(),
    operation: z.union([operation, z.array(operation).min(1)]).optional(),
    kind: z.enum(FAULT_KINDS),
    /** Fraction of matching calls affected, drawn from the seeded generator (default 1). */
    rate: z.number().min(0).max(1).optional(),
    /** Only the next N matching calls; the rule is spent afterwards. */
    burst: z.number().int().min(1).optional(),
    firstTokenMs: z.number().int().min(0).max(600_000).optional(),
    perTokenMs: z.number().min(0).max(60_000).optional(),
    /** stream-cut / network-reset: stream events delivered before the stream breaks. */
    afterEvents: z.number().int().min(0).optional(),
    /** stream-cut: the in-stream exception it ends with (default model-stream-error). */
    exception: z.enum(STREAM_CUT_EXCEPTIONS).optional(),
    /** Exception faults: the message instead of Bedrock's standard one. */
    message: z.string().min(1).max(2000).optional(),
  })
  .superRefine((rule, context) => {
    const misplaced = (field: keyof typeof rule, allowedFor: string) =>
      context.addIssue({ code: "custom", path: [field], message: `${field} applies only to ${allowedFor} rules` });
    if (rule.kind === "latency" && rule.firstTokenMs === undefined && rule.perTokenMs === undefined) {
      context.addIssue({ code: "custom", path: ["firstTokenMs"], message: "a latency rule needs firstTokenMs or perTokenMs" });
    }
    if (rule.kind !== "latency" && (rule.firstTokenMs !== undefined || rule.perTokenMs !== undefined)) {
      misplaced(rule.firstTokenMs !== undefined ? "firstTokenMs" : "perTokenMs", "latency");
    }
    if (rule.afterEvents !== undefined && rule.kind !== "stream-cut" && rule.kind !== "network-reset") misplaced("afterEvents", "stream-cut and network-reset");
    if (rule.exception !== undefined && rule.kind !== "stream-cut") misplaced("exception", "stream-cut");
    if (rule.message !== undefined && !(EXCEPTION_FAULT_KINDS as readonly string[]).includes(rule.kind)) misplaced("message", "exception");
  });

/** A fault injection spec: rules tried in order for every call; a seed makes every draw reproducible. */
export const faultSpecSchema = z.strictObject({
  seed: z.number().int().optional(),
  rules: z.array(faultRule).max(100),
});

export type FaultSpec = z.infer<typeof faultSpecSchema>;
export type FaultRule = FaultSpec["rules"][number];

/** Validates a fault spec; returns the zod error for the caller to phrase. */
export function parseFaultSpec(value: unknown): z.ZodSafeParseResult<FaultSpec> {
  return faultSpecSchema.safeParse(value);
}

/** Reads a fault spec setting as given on the command line or in the environment: JSON, or `@file.json`. */
export function readFaultSpecSetting(setting: string): FaultSpec {
  const trimmed = setting.trim();
  let text = trimmed;
  if (trimmed.startsWith("@")) {
    try {
      text = readFileSync(trimmed.slice(1), "utf8");
    } catch (error) {
      throw new Error(`cannot read the fault spec file ${trimmed.slice(1)}: ${(error as Error).message}`, { cause: error });
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`the fault spec is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = parseFaultSpec(json);
  if (!parsed.success) throw new Error(`invalid fault spec: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
