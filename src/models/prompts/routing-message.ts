import { z } from "zod";
import { supportedLanguages, type Language } from "../../i18n/language.ts";
import { routes } from "./classify.ts";

/** A customer message labelled with the route and order need a careful human would give it. */
export const routingMessageSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(supportedLanguages as [Language, ...Language[]]),
  text: z.string().min(1),
  route: z.enum(routes),
  needs_order: z.boolean(),
});
export type RoutingMessage = z.infer<typeof routingMessageSchema>;

/** Validates a parsed labelled set (eval/routing/messages.json, holdout.json). */
export function parseRoutingMessages(json: unknown): RoutingMessage[] {
  return z.array(routingMessageSchema).parse(json);
}
