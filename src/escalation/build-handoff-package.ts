import type { Citation, StoredMessage } from "../conversation/conversation-store.ts";
import type { Language } from "../i18n/language.ts";
import type { Order } from "../orders/order-source.ts";
import type { EscalationReason } from "./escalation-types.ts";
import { extractiveSummary } from "./extractive-summary.ts";
import { scoreSentiment } from "./score-sentiment.ts";

/** What a human agent receives with an escalated conversation. */
export interface HandoffPackage {
  summary: string;
  /** A reply the agent may send or edit; null when none was produced (nothing is invented offline). */
  suggestedReply: string | null;
  reasons: EscalationReason[];
  /** The sentiment of each customer message in -1..1, oldest first. */
  sentimentTrend: number[];
  kbArticles: Array<{ externalId: string; title: string }>;
  order?: Order;
  transcript: Array<{ role: "user" | "assistant" | "agent"; text: string; at: string }>;
}

export interface HandoffInput {
  reasons: readonly EscalationReason[];
  transcript: ReadonlyArray<Pick<StoredMessage, "role" | "text" | "createdAt">>;
  /** The language the summary is written in when it has to be built here. */
  language: Language;
  /** A model-written summary; an extractive one is built from the transcript otherwise. */
  summary?: string;
  suggestedReply?: string;
  /** Sentiment per customer message as judged when each arrived; scored by the lexicon otherwise. */
  sentimentTrend?: readonly number[];
  /** Articles cited or retrieved during the conversation, most relevant first; repeats are dropped. */
  kbArticles?: ReadonlyArray<Pick<Citation, "externalId" | "title">>;
  order?: Order;
}

const maxKbArticles = 5;

/** Assembles the handoff package from what the turn pipeline already has. Pure. */
export function buildHandoffPackage(input: HandoffInput): HandoffPackage {
  const transcript = input.transcript
    .filter((message): message is typeof message & { role: "user" | "assistant" | "agent" } => message.role !== "system")
    .map((message) => ({ role: message.role, text: message.text, at: message.createdAt.toISOString() }));
  const seen = new Set<string>();
  const kbArticles: HandoffPackage["kbArticles"] = [];
  for (const article of input.kbArticles ?? []) {
    if (seen.has(article.externalId) || kbArticles.length >= maxKbArticles) continue;
    seen.add(article.externalId);
    kbArticles.push({ externalId: article.externalId, title: article.title });
  }
  const sentimentTrend =
    input.sentimentTrend !== undefined
      ? [...input.sentimentTrend]
      : transcript.filter((message) => message.role === "user").map((message) => scoreSentiment(message.text, input.language).score);
  const summary = input.summary?.trim() ? input.summary.trim() : extractiveSummary(transcript, input.language);
  return {
    summary,
    suggestedReply: input.suggestedReply?.trim() ? input.suggestedReply.trim() : null,
    reasons: [...input.reasons],
    sentimentTrend,
    kbArticles,
    ...(input.order === undefined ? {} : { order: input.order }),
    transcript,
  };
}
