import { findSentenceEnd } from "../guardrails/find-sentence-end.ts";
import { normalizeLanguage } from "../i18n/language.ts";
import { text } from "../i18n/texts.ts";
import { extractCitations } from "./extract-citations.ts";
import type { TurnContext } from "./turn-context.ts";

// Enough of the passage to answer a FAQ, short enough to read in the widget.
const maxSentences = 3;
const maxCharacters = 600;

/** The passage's opening sentences, whole sentences only where the text allows. */
export function openingSentences(passage: string): string {
  let rest = passage.replace(/^#+\s.*\n+/u, "").trim();
  let excerpt = "";
  for (let count = 0; count < maxSentences && rest; count++) {
    const end = findSentenceEnd(rest) ?? rest.length;
    if (excerpt && excerpt.length + end > maxCharacters) break;
    excerpt += rest.slice(0, end);
    rest = rest.slice(end);
  }
  return excerpt.trim().replace(/\s*\n+\s*/g, " ");
}

/**
 * The answer when today's model budget is spent: the help center's own words — the opening of the
 * best-matching passage, quoted and cited under a localized note — or the localized "I don't have
 * that information" when nothing matched. No model is called.
 */
export function answerFromKnowledgeBase(context: TurnContext): void {
  const language = normalizeLanguage(context.language) ?? "en";
  const source = context.sources[0];
  const reply = source ? `${text("knowledgeBaseExcerpt", language)}\n\n> ${openingSentences(source.text)} [1]` : text("noInformation", language);
  context.answer = { text: reply, model: null, usage: { inputTokens: 0, outputTokens: 0 }, status: "complete", unstreamed: reply };
  context.modelAnswer = reply;
  context.citations = extractCitations(reply, context.sources);
}
