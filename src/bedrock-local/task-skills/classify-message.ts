import { detectHumanRequest } from "../../escalation/detect-human-request.ts";
import { detectLegalThreat } from "../../escalation/detect-legal-threat.ts";
import { detectRefundRequest } from "../../escalation/detect-refund-request.ts";
import { defaultEscalationPolicy } from "../../escalation/escalation-policy.ts";
import type { MultilingualCues } from "../../escalation/find-cue.ts";
import { findCue } from "../../escalation/find-cue.ts";
import { scoreSentiment } from "../../escalation/score-sentiment.ts";
import { detectLanguage } from "../../i18n/detect-language.ts";
import type { Language } from "../../i18n/language.ts";
import type { Classification } from "../../models/prompts/classify.ts";
import { classifySmallTalk } from "../small-talk.ts";
import { messageTopic } from "./message-topic.ts";
import { needsOrder } from "./needs-order.ts";
import { additionalAskCues, billingErrorCues, comparisonCues, conditionCues, exceptionCues, howToResolveCues, malfunctionCues } from "./route-cues.ts";

/** A customer message with what came before it. */
export interface MessageToClassify {
  message: string;
  /** The conversation's language; detected from the message when absent. */
  language?: Language;
  /** Earlier turns, oldest first. */
  recentTurns?: ReadonlyArray<{ role: "customer" | "assistant" | "agent"; text: string }>;
}

// How much each kind of evidence says "this needs more than one help-center look-up". A message
// is complex at a total of 1: one strong sign (a comparison, a condition, a policy exception, a
// second ask, two questions, a billing error, a long message) or two weaker ones (something that
// does not work and a question of what to do about it).
// Named for the reader; only the weights count.
const complexityWeights: ReadonlyArray<readonly [string, MultilingualCues, number]> = [
  ["comparison", comparisonCues, 1],
  ["condition", conditionCues, 1],
  ["policy exception", exceptionCues, 1],
  ["additional ask", additionalAskCues, 1],
  ["billing error", billingErrorCues, 1],
  ["malfunction", malfunctionCues, 0.5],
  ["how to resolve", howToResolveCues, 0.5],
];
const severalQuestions = 1;
const longMessage = 1;
const severalSentences = 0.5;
const severalProblems = 0.6;
const longLatinWords = 40;
const longHanCharacters = 60;

function questionCount(message: string): number {
  return (message.match(/[?？]+/gu) ?? []).length;
}

function sentenceCount(message: string): number {
  return message.split(/[.!?。！？]+/u).filter((sentence) => sentence.trim().length > 2).length;
}

function isLong(message: string): boolean {
  const han = (message.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (message.match(/\p{Script=Latin}+/gu) ?? []).length;
  return han > longHanCharacters || words > longLatinWords;
}

/** How much the evidence weighs that a message is complex (complex from 1). */
export function complexityWeight(message: string, language: Language | undefined, concepts: ReadonlySet<string>): number {
  let weight = 0;
  for (const [, cues, amount] of complexityWeights) {
    if (findCue(message, cues, language).matched) weight += amount;
  }
  if (questionCount(message) >= 2) weight += severalQuestions;
  if (isLong(message)) weight += longMessage;
  else if (sentenceCount(message) >= 3) weight += severalSentences;
  if (["damaged", "missing", "wrong"].filter((concept) => concepts.has(concept)).length >= 2) weight += severalProblems;
  return weight;
}

function intentOf(facts: {
  human: boolean;
  complaint: boolean;
  refund: boolean;
  smallTalk: boolean;
  orderStatus: boolean;
  topic: string;
}): string {
  if (facts.human) return "human_request";
  if (facts.complaint) return "complaint";
  if (facts.refund) return "refund_request";
  if (facts.smallTalk) return "greeting";
  if (facts.orderStatus) return "order_status";
  switch (facts.topic) {
    case "returns":
    case "refunds":
      return "return_policy";
    case "shipping":
      return "shipping";
    case "payment":
    case "discounts":
      return "payment";
    case "account":
    case "privacy":
      return "account";
    case "product":
    case "warranty":
      return "product_question";
    case "orders":
      return "order_status";
    default:
      return "other";
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Routes a customer message the way the classify task asks, by rules: escalate on an explicit
 * request for a person, a legal threat or strong anger (the escalation detectors); complex on
 * comparisons, conditions, policy exceptions, several asks or a long message; simple otherwise.
 * It reads wording, not meaning, so a complex request phrased plainly passes as simple.
 */
export function classifyMessage(input: MessageToClassify): Classification {
  const { message } = input;
  const language = input.language ?? detectLanguage(message).language;
  const human = detectHumanRequest(message, language);
  const legal = detectLegalThreat(message, language);
  const sentiment = scoreSentiment(message, language).score;
  const refund = detectRefundRequest(message, language);
  const smallTalk = classifySmallTalk(message) !== undefined;
  const { topic, concepts } = messageTopic(message);
  const order = needsOrder(message, language, input.recentTurns ?? [], refund.matched);
  const complexity = smallTalk ? 0 : complexityWeight(message, language, concepts);

  const angry = sentiment < defaultEscalationPolicy.sentiment.veryNegativeBelow;
  let route: Classification["route"];
  let confidence: number;
  if (human.matched || legal.matched || angry) {
    route = "escalate";
    confidence = Math.max(human.score, legal.score, angry ? Math.min(0.95, 0.4 + Math.abs(sentiment) / 2) : 0);
  } else if (complexity >= 1) {
    route = "complex";
    confidence = Math.min(0.95, 0.55 + 0.15 * complexity);
  } else {
    route = "simple";
    // Weak signs of complexity below the bar make a simple route less certain.
    confidence = smallTalk ? 0.95 : 0.85 - 0.3 * complexity;
  }

  const problem = ["damaged", "missing", "wrong", "complaint"].some((concept) => concepts.has(concept));
  const intent = intentOf({
    human: human.matched,
    complaint: legal.matched || angry || (problem && order.ownPurchase && !order.asksStatus),
    refund: refund.matched,
    smallTalk,
    orderStatus: order.needed && (order.asksStatus || concepts.has("track") || concepts.has("missing")),
    topic,
  });
  return {
    route,
    needs_order: order.needed,
    intent,
    topic: smallTalk ? "greeting" : topic,
    sentiment: round(sentiment),
    confidence: round(confidence),
  };
}
