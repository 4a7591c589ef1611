import { scoreSentiment } from "../../escalation/score-sentiment.ts";
import type { Language } from "../../i18n/language.ts";
import { splitSentences } from "../sentence-splitter.ts";
import type { TranscriptEntry } from "./read-task-prompt.ts";
import { summaryTexts } from "./summary-texts.ts";

const quoteCharacters = 220;
// The customer is "upset" for the handover note below this lexicon score, as for escalation.
const upsetBelow = -0.4;

// The opening sentences of a message, up to a length an agent reads at a glance.
function quote(text: string): string {
  const sentences = splitSentences(text.replace(/\s+/gu, " ").trim());
  let quoted = "";
  for (const sentence of sentences) {
    if (quoted && quoted.length + sentence.length > quoteCharacters) break;
    quoted = quoted ? `${quoted} ${sentence}` : sentence;
  }
  return quoted.length > quoteCharacters ? `${quoted.slice(0, quoteCharacters).trimEnd()}…` : quoted;
}

const endSentence = (text: string, language: Language) => (/[.!?。！？]$/u.test(text) ? text : `${text}${language === "zh" ? "。" : "."}`);

/**
 * A handover note of two to four sentences in `language`, quoting the transcript: the customer's
 * first message (the issue), the latest reply (what was tried), the latest customer message (what
 * is asked now) and, when the lexicon reads it so, that the customer is upset. Nothing is inferred.
 */
export function summarizeTranscript(transcript: readonly TranscriptEntry[], language: Language): string {
  const texts = summaryTexts[language];
  const customer = transcript.filter((entry) => entry.role === "customer");
  const first = customer[0];
  const last = customer.at(-1);
  if (!first || !last) return texts.empty;
  const replies = transcript.filter((entry) => entry.role !== "customer");
  const lines = [texts.issue(quote(first.text))];
  const lastReply = replies.at(-1);
  lines.push(lastReply ? texts.replies(replies.length, quote(lastReply.text)) : texts.noReply);
  if (last !== first) lines.push(texts.asks(quote(last.text)));
  if (scoreSentiment(last.text).score < upsetBelow) lines.push(texts.mood);
  return lines.map((line) => endSentence(line, language)).join(language === "zh" ? "" : " ");
}
