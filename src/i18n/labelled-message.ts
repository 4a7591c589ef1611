import { z } from "zod";
import { supportedLanguages } from "./language.ts";
import type { Language } from "./language.ts";

/** One customer message with the language a human agent would answer it in. */
export interface LabelledMessage {
  id: string;
  text: string;
  lang: Language;
  /** Mixed-language or too little to go on; the label is a human judgement. */
  ambiguous?: boolean;
}

const labelledMessageSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  lang: z.enum(supportedLanguages as [Language, ...Language[]]),
  ambiguous: z.boolean().optional(),
});

/** Validates a parsed labelled set (e.g. eval/language/messages.json). */
export function parseLabelledMessages(json: unknown): LabelledMessage[] {
  return z.array(labelledMessageSchema).parse(json);
}
