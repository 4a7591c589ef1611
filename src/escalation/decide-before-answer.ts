import { detectCancelRequest } from "./detect-cancel-request.ts";
import { detectHumanRequest } from "./detect-human-request.ts";
import { detectLegalThreat } from "./detect-legal-threat.ts";
import { detectNegativeTrend } from "./detect-negative-trend.ts";
import { detectRefundRequest } from "./detect-refund-request.ts";
import type { BeforeAnswerInput, EscalationDecision, EscalationReason } from "./escalation-types.ts";
import { findRefundAmount } from "./find-refund-amount.ts";
import type { RefundAmount } from "./find-refund-amount.ts";
import { resolveEscalationLanguage } from "./resolve-escalation-language.ts";
import { scoreSentiment } from "./score-sentiment.ts";

const money = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/**
 * The checks that need only the customer's message: a request for a person, a legal threat,
 * very negative sentiment or a downward trend, a large refund, a premium customer's refund or
 * cancellation. Pure and deterministic; run it before spending a model call on an answer.
 */
export function decideBeforeAnswer(input: BeforeAnswerInput): EscalationDecision {
  const { policy, text, history } = input;
  const language = resolveEscalationLanguage(input.language, text);
  const lexicon = scoreSentiment(text, language);
  const sentiment = input.sentiment ?? lexicon.score;
  const reasons: EscalationReason[] = [];

  if (policy.humanRequest.enabled) {
    const human = detectHumanRequest(text, language);
    if (human.matched) reasons.push({ trigger: "human_request", detail: `asked for a person: "${human.evidence}"` });
  }
  if (policy.legalThreat.enabled) {
    const legal = detectLegalThreat(text, language);
    if (legal.matched) reasons.push({ trigger: "legal_threat", detail: `legal threat: "${legal.evidence}"` });
  }
  if (policy.sentiment.enabled) {
    if (sentiment < policy.sentiment.veryNegativeBelow) {
      const words = input.sentiment === undefined && lexicon.evidence ? ` (${lexicon.evidence})` : "";
      reasons.push({ trigger: "negative_sentiment", detail: `sentiment ${sentiment.toFixed(2)} is below ${policy.sentiment.veryNegativeBelow}${words}` });
    }
    // Only the messages inside the trend window are scored.
    const earlier = history
      .filter((turn) => turn.role === "user")
      .slice(-(policy.sentiment.trendTurns - 1))
      .map((turn) => turn.sentiment ?? scoreSentiment(turn.text, language).score);
    const trend = detectNegativeTrend([...earlier, sentiment], { turns: policy.sentiment.trendTurns, dropBelow: policy.sentiment.trendDropBelow });
    if (trend.matched) reasons.push({ trigger: "negative_trend", detail: `sentiment fell ${trend.evidence} over the last ${policy.sentiment.trendTurns} customer messages` });
  }

  const refund = policy.refund.enabled || policy.premiumRefundOrCancel.enabled ? detectRefundRequest(text, language) : undefined;
  if (policy.refund.enabled && refund?.matched) {
    const amount = findRefundAmount({ text, history, orderTotal: input.orderTotal, rates: policy.refund.currencyRates });
    if (amount?.usd !== undefined && amount.usd > policy.refund.thresholdUsd) {
      reasons.push({ trigger: "refund_over_threshold", detail: describeRefund(amount, policy.refund.thresholdUsd) });
    }
  }
  if (policy.premiumRefundOrCancel.enabled && input.customerTier === "premium") {
    const cancel = refund?.matched ? undefined : detectCancelRequest(text, language);
    const asked = refund?.matched ? { kind: "a refund", evidence: refund.evidence } : cancel?.matched ? { kind: "to cancel", evidence: cancel.evidence } : undefined;
    if (asked) reasons.push({ trigger: "premium_refund_or_cancel", detail: `premium customer asks for ${asked.kind}: "${asked.evidence}"` });
  }

  return { escalate: reasons.length > 0, reasons, sentiment };
}

function describeRefund(amount: RefundAmount, thresholdUsd: number): string {
  const written = amount.written ?? `${money.format(amount.amount)} ${amount.currency}`;
  const converted = amount.currency === "USD" ? "" : ` ≈ USD ${money.format(amount.usd ?? 0)}`;
  return `refund of ${written}${converted} (from the ${amount.source}) is over USD ${money.format(thresholdUsd)}`;
}
