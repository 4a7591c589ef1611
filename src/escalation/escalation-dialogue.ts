import { z } from "zod";
import { supportedLanguages } from "../i18n/language.ts";
import { escalationTriggers } from "./escalation-types.ts";

const turn = z.object({
  role: z.enum(["user", "assistant", "agent"]),
  text: z.string(),
  noAnswer: z.boolean().optional(),
  sentiment: z.number().min(-1).max(1).optional(),
});

/** One labelled dialogue: the conversation so far, the customer's next message, and what should happen. */
export const escalationDialogueSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(supportedLanguages as [string, ...string[]]),
    tier: z.enum(["standard", "premium"]),
    history: z.array(turn),
    text: z.string().min(1),
    /** The assistant's answer to `text` said it had no answer. */
    answerNoAnswer: z.boolean().optional(),
    guardrailBlocked: z.boolean().optional(),
    orderTotal: z.object({ amount: z.number().nonnegative(), currency: z.string().min(3) }).optional(),
    expect: z.object({
      escalate: z.boolean(),
      /** Triggers that must be among the reasons; others may fire too. */
      triggers: z.array(z.enum(escalationTriggers)).optional(),
    }),
    note: z.string().optional(),
  })
  .refine((dialogue) => dialogue.expect.escalate || (dialogue.expect.triggers ?? []).length === 0, {
    message: "a dialogue that must not escalate cannot list triggers",
  });

export type EscalationDialogue = z.output<typeof escalationDialogueSchema>;

/** Validates a labelled set (parsed JSON); ids must be unique. */
export function parseEscalationDialogues(json: unknown): EscalationDialogue[] {
  const dialogues = z.array(escalationDialogueSchema).parse(json);
  const seen = new Set<string>();
  for (const dialogue of dialogues) {
    if (seen.has(dialogue.id)) throw new Error(`duplicate dialogue id ${dialogue.id}`);
    seen.add(dialogue.id);
  }
  return dialogues;
}
