import { decideEscalation } from "./decide-escalation.ts";
import type { EscalationDialogue } from "./escalation-dialogue.ts";
import type { EscalationPolicy } from "./escalation-policy.ts";
import type { EscalationReason, EscalationTrigger } from "./escalation-types.ts";
import { escalationTriggers } from "./escalation-types.ts";

export interface TriggerScore {
  /** Dialogues labelled with this trigger. */
  expected: number;
  /** Of those, how many it fired on. */
  caught: number;
  /** Dialogues that must not escalate on which it fired: the false escalations it causes. */
  falseFires: number;
  /** Dialogues that must escalate for another labelled reason on which it fired as well. */
  alsoFired: number;
}

export interface EscalationFailure {
  id: string;
  lang: string;
  text: string;
  expected: { escalate: boolean; triggers: EscalationTrigger[] };
  actual: { escalate: boolean; triggers: EscalationTrigger[] };
  reasons: EscalationReason[];
  why: "false escalation" | "missed escalation" | "wrong trigger";
}

export interface EscalationEvaluation {
  dialogues: number;
  shouldEscalate: number;
  shouldNotEscalate: number;
  /** Share of dialogues where the escalate / do-not-escalate decision is right. */
  accuracy: number;
  /** Share where the decision is right and every labelled trigger is among the reasons. */
  triggerAccuracy: number;
  /** Share of must-not-escalate dialogues that escalated. */
  falseEscalationRate: number;
  /** Share of must-escalate dialogues that did not. */
  missedEscalationRate: number;
  perTrigger: Record<EscalationTrigger, TriggerScore>;
  perLanguage: Record<string, { dialogues: number; accuracy: number }>;
  failures: EscalationFailure[];
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** Runs every labelled dialogue through `decideEscalation` and scores the decisions. */
export function evaluateEscalation(policy: EscalationPolicy, dialogues: readonly EscalationDialogue[]): EscalationEvaluation {
  const perTrigger = Object.fromEntries(
    escalationTriggers.map((trigger) => [trigger, { expected: 0, caught: 0, falseFires: 0, alsoFired: 0 }]),
  ) as Record<EscalationTrigger, TriggerScore>;
  const languages = new Map<string, { dialogues: number; correct: number }>();
  const failures: EscalationFailure[] = [];
  let correct = 0;
  let triggersRight = 0;
  let falseEscalations = 0;
  let missed = 0;

  for (const dialogue of dialogues) {
    const decision = decideEscalation({
      policy,
      text: dialogue.text,
      language: dialogue.lang,
      customerTier: dialogue.tier,
      history: dialogue.history,
      answer: { noAnswer: dialogue.answerNoAnswer ?? false },
      guardrailBlocked: dialogue.guardrailBlocked,
      orderTotal: dialogue.orderTotal,
    });
    const fired = [...new Set(decision.reasons.map((reason) => reason.trigger))];
    const labelled = dialogue.expect.triggers ?? [];
    for (const trigger of labelled) {
      perTrigger[trigger].expected += 1;
      if (fired.includes(trigger)) perTrigger[trigger].caught += 1;
    }
    for (const trigger of fired) {
      if (!dialogue.expect.escalate) perTrigger[trigger].falseFires += 1;
      else if (!labelled.includes(trigger)) perTrigger[trigger].alsoFired += 1;
    }

    const decisionRight = decision.escalate === dialogue.expect.escalate;
    const allTriggers = labelled.every((trigger) => fired.includes(trigger));
    if (decisionRight) correct += 1;
    if (decisionRight && allTriggers) triggersRight += 1;
    if (!dialogue.expect.escalate && decision.escalate) falseEscalations += 1;
    if (dialogue.expect.escalate && !decision.escalate) missed += 1;
    const language = languages.get(dialogue.lang) ?? { dialogues: 0, correct: 0 };
    language.dialogues += 1;
    if (decisionRight) language.correct += 1;
    languages.set(dialogue.lang, language);

    if (!decisionRight || !allTriggers) {
      failures.push({
        id: dialogue.id,
        lang: dialogue.lang,
        text: dialogue.text,
        expected: { escalate: dialogue.expect.escalate, triggers: labelled },
        actual: { escalate: decision.escalate, triggers: fired },
        reasons: decision.reasons,
        why: !decisionRight ? (decision.escalate ? "false escalation" : "missed escalation") : "wrong trigger",
      });
    }
  }

  const shouldEscalate = dialogues.filter((dialogue) => dialogue.expect.escalate).length;
  const shouldNotEscalate = dialogues.length - shouldEscalate;
  return {
    dialogues: dialogues.length,
    shouldEscalate,
    shouldNotEscalate,
    accuracy: share(correct, dialogues.length),
    triggerAccuracy: share(triggersRight, dialogues.length),
    falseEscalationRate: share(falseEscalations, shouldNotEscalate),
    missedEscalationRate: share(missed, shouldEscalate),
    perTrigger,
    perLanguage: Object.fromEntries(
      [...languages].map(([language, counts]) => [language, { dialogues: counts.dialogues, accuracy: share(counts.correct, counts.dialogues) }]),
    ),
    failures,
  };
}
