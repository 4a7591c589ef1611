import { z } from "zod";
import type { ChatMessage, SystemBlock } from "../model-port.ts";

/** The system instruction that asks for one JSON value matching the schema, nothing else. */
export function jsonOnlyInstruction(schema: z.ZodType): SystemBlock {
  const jsonSchema = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: "any" }));
  return { text: `Reply with one JSON value only, with no prose before or after it, that validates against this JSON Schema:\n${jsonSchema}` };
}

export type ParsedOutput<T> = { success: true; data: T } | { success: false; error: string };

/** Parses a model's reply as JSON (tolerating a ```json fence around it) and validates it against the schema. */
export function parseStructuredOutput<T>(schema: z.ZodType<T>, raw: string): ParsedOutput<T> {
  // Prose around the value is not tolerated: a reply that chats did not follow the instruction, and the repair says so.
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)```\s*$/i.exec(raw);
  let value: unknown;
  try {
    value = JSON.parse(fenced ? fenced[1] : raw);
  } catch (error) {
    return { success: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, error: parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`).join("; ") };
}

/** The conversation for a repair attempt: the rejected reply, then a stricter request quoting why it was rejected. */
export function repairMessages(messages: ChatMessage[], raw: string, validationError: string): ChatMessage[] {
  const rejected = raw.trim() || "(empty reply)";
  return [
    ...messages,
    { role: "assistant", content: [{ text: rejected }] },
    {
      role: "user",
      content: [
        {
          text:
            `Your previous reply was rejected.\n<validation_error>${validationError}</validation_error>\n<previous_output>${rejected}</previous_output>\n` +
            "Reply again with only the corrected JSON value: no explanation, no Markdown fence, every required field present, no fields the schema does not allow.",
        },
      ],
    },
  ];
}
