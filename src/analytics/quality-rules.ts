/** What the quality score reads about one conversation; every fact is free to gather (no model call). */
export interface ConversationFacts {
  /** Assistant answers written by a model (or served from the response cache), not fixed texts. */
  modelAnswers: number;
  /** Of those, answers that cited the knowledge base. */
  citedAnswers: number;
  /** Of those, answers that said there was no answer (nothing relevant found, or the model declined). */
  declinedAnswers: number;
  guardrailBlocks: number;
  escalated: boolean;
  /** The customer's 1–5 rating, if given. */
  csat: number | null;
  thumbsUp: number;
  thumbsDown: number;
  /** Median time to the first token of the answers (their full latency when no first token was timed). */
  medianResponseMs: number | null;
}

export const qualityRuleNames = ["grounded", "answered", "no_guardrail_block", "no_escalation", "csat", "thumbs", "response_time"] as const;
export type QualityRuleName = (typeof qualityRuleNames)[number];

/** One rule's part of the score: `points` of at most `maxPoints`; the applicable rules' maxima sum to 100. */
export interface RuleContribution {
  rule: QualityRuleName;
  label: string;
  applicable: boolean;
  /** 0..1: how fully the conversation met the rule. */
  fulfilled: number;
  points: number;
  maxPoints: number;
  detail: string;
}

export interface QualityScore {
  score: number;
  rules: RuleContribution[];
}

// Times to first token a customer reads as immediate, and as too slow to be worth anything.
const fastResponseMs = 2000;
const slowResponseMs = 10_000;

interface RuleOutcome {
  fulfilled: number;
  detail: string;
}

interface QualityRule {
  rule: QualityRuleName;
  label: string;
  weight: number;
  /** Undefined when the conversation gives the rule nothing to judge (no rating, no answers…). */
  judge(facts: ConversationFacts): RuleOutcome | undefined;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

const rules: readonly QualityRule[] = [
  {
    rule: "grounded",
    label: "Answers cite sources",
    weight: 25,
    judge: (facts) => {
      const answered = facts.modelAnswers - facts.declinedAnswers;
      if (answered <= 0) return undefined;
      return { fulfilled: facts.citedAnswers / answered, detail: `${facts.citedAnswers} of ${plural(answered, "answer")} cited the knowledge base` };
    },
  },
  {
    rule: "answered",
    label: "No declined answers",
    weight: 15,
    judge: (facts) =>
      facts.modelAnswers > 0
        ? { fulfilled: 1 - facts.declinedAnswers / facts.modelAnswers, detail: `${facts.declinedAnswers} of ${plural(facts.modelAnswers, "answer")} had nothing to say` }
        : undefined,
  },
  {
    rule: "no_guardrail_block",
    label: "No guardrail blocks",
    weight: 10,
    judge: (facts) => ({ fulfilled: facts.guardrailBlocks === 0 ? 1 : 0, detail: facts.guardrailBlocks === 0 ? "nothing blocked" : `${plural(facts.guardrailBlocks, "block")}` }),
  },
  {
    rule: "no_escalation",
    label: "Resolved without a person",
    weight: 20,
    // Not handing over is only a resolution when the assistant actually answered something.
    judge: (facts) => {
      if (facts.escalated) return { fulfilled: 0, detail: "handed to a person" };
      return facts.modelAnswers > facts.declinedAnswers ? { fulfilled: 1, detail: "answered, no handoff" } : { fulfilled: 0, detail: "no handoff, but no answer either" };
    },
  },
  {
    rule: "csat",
    label: "Customer rating",
    weight: 15,
    judge: (facts) => (facts.csat === null ? undefined : { fulfilled: (facts.csat - 1) / 4, detail: `rated ${facts.csat} of 5` }),
  },
  {
    rule: "thumbs",
    label: "Thumbs on answers",
    weight: 5,
    judge: (facts) => {
      const total = facts.thumbsUp + facts.thumbsDown;
      return total === 0 ? undefined : { fulfilled: facts.thumbsUp / total, detail: `${facts.thumbsUp} up, ${facts.thumbsDown} down` };
    },
  },
  {
    rule: "response_time",
    label: "Fast first token",
    weight: 10,
    judge: (facts) => {
      if (facts.medianResponseMs === null) return undefined;
      const fulfilled = Math.min(1, Math.max(0, (slowResponseMs - facts.medianResponseMs) / (slowResponseMs - fastResponseMs)));
      return { fulfilled, detail: `median ${Math.round(facts.medianResponseMs)} ms` };
    },
  },
];

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The deterministic 0–100 quality score: each applicable rule weighs in by its weight, rescaled so
 * that the applicable rules share 100 points (a conversation without a rating is not punished for it).
 */
export function scoreConversation(facts: ConversationFacts): QualityScore {
  const judged = rules.map((rule) => ({ rule, outcome: rule.judge(facts) }));
  const applicableWeight = judged.reduce((sum, { rule, outcome }) => sum + (outcome ? rule.weight : 0), 0);
  let earned = 0;
  const contributions = judged.map(({ rule, outcome }): RuleContribution => {
    if (!outcome) return { rule: rule.rule, label: rule.label, applicable: false, fulfilled: 0, points: 0, maxPoints: 0, detail: "not applicable" };
    const maxPoints = (rule.weight * 100) / applicableWeight;
    earned += maxPoints * outcome.fulfilled;
    return { rule: rule.rule, label: rule.label, applicable: true, fulfilled: round1(outcome.fulfilled * 100) / 100, points: round1(maxPoints * outcome.fulfilled), maxPoints: round1(maxPoints), detail: outcome.detail };
  });
  return { score: Math.round(earned), rules: contributions };
}
