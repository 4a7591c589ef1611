import { combineScores } from "./combine-scores.ts";
import { foldText } from "../i18n/fold-text.ts";
import { promptAttackCounterCues, promptAttackCues, promptAttackPatterns } from "./prompt-attack-patterns.ts";
import type { WeightedPattern } from "./prompt-attack-patterns.ts";
import type { Detection } from "./types.ts";

interface Hit {
  start: number;
  end: number;
  weight: number;
}

/** Weakest pattern that lets the cues count; cues alone (talking about "the AI") are no attack. */
const cueGate = 0.35;

/**
 * Scores a message for prompt-attack evidence in en/es/fr/de/zh: instruction overrides,
 * role play and jailbreak set-ups, system-prompt extraction, and instructions hidden in pasted text.
 * Returns undefined when there is no evidence at all.
 */
export function detectPromptAttack(text: string): Detection | undefined {
  const folded = foldText(text);
  const counters = promptAttackCounterCues.flatMap((cue) => hitsOf(folded.text, cue));
  const hits: Hit[] = [];
  for (const pattern of promptAttackPatterns) {
    const patternHits = hitsOf(folded.text, pattern).map((hit) =>
      pattern.overridesInstructions ? excuse(hit, counters) : hit,
    );
    // A pattern counts once however often it repeats; repetition is not independent evidence.
    const strongest = patternHits.sort((a, b) => b.weight - a.weight)[0];
    if (strongest && strongest.weight > 0) hits.push(strongest);
  }
  if (hits.length === 0) return undefined;
  const weights = hits.map((hit) => hit.weight);
  if (Math.max(...weights) >= cueGate) {
    for (const cue of promptAttackCues) {
      // A cue inside a pattern's own match ("Assistant:") is the same evidence counted twice.
      const fresh = hitsOf(folded.text, cue).filter(
        (cueHit) => !hits.some((hit) => cueHit.start < hit.end && hit.start < cueHit.end),
      );
      if (fresh.length > 0) weights.push(cue.weight);
    }
  }
  const start = Math.min(...hits.map((hit) => hit.start));
  const end = Math.max(...hits.map((hit) => hit.end));
  const span = folded.toOriginal(start, end);
  return { type: "PROMPT_ATTACK", category: "PROMPT_ATTACK", ...span, score: combineScores(weights) };
}

function hitsOf(text: string, weighted: WeightedPattern): Hit[] {
  return [...text.matchAll(weighted.pattern)]
    .filter((match) => match[0].length > 0)
    .map((match) => ({ start: match.index, end: match.index + match[0].length, weight: weighted.weight }));
}

function excuse(hit: Hit, counters: Hit[]): Hit {
  const overlapping = counters.filter((counter) => counter.start < hit.end && hit.start < counter.end);
  if (overlapping.length === 0) return hit;
  const strongest = Math.max(...overlapping.map((counter) => counter.weight));
  return { ...hit, weight: hit.weight * (1 - strongest) };
}
