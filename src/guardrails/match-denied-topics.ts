import { combineScores } from "./combine-scores.ts";
import { compileTerms } from "./compile-term-pattern.ts";
import { foldText } from "../i18n/fold-text.ts";
import type { DeniedTopic } from "./policy.ts";
import { contentTokens, coverage } from "./tokenize.ts";
import type { Detection } from "./types.ts";

/** Score at which a topic counts as present. */
export const topicThreshold = 0.55;

export interface TopicMatcher {
  match(text: string): Detection[];
}

interface CompiledTopic {
  name: string;
  signals: Array<{ weight: number; pattern: RegExp }>;
  examples: Array<Set<string>>;
  definition: Set<string>;
}

function compileTopic(topic: DeniedTopic): CompiledTopic {
  return {
    name: topic.name,
    signals: topic.signals.map((signal) => ({ weight: signal.weight, pattern: compileTerms(signal.phrases) })),
    examples: topic.examples.map(contentTokens).filter((tokens) => tokens.size >= 2),
    definition: contentTokens(topic.definition),
  };
}

/**
 * Builds a matcher for denied topics. Topics with signal phrases are matched mainly by those
 * (several groups must usually agree); examples then only add a little, because word overlap with
 * an example says little about meaning. Topics without signals fall back to examples and definition.
 */
export function createTopicMatcher(topics: readonly DeniedTopic[]): TopicMatcher {
  const compiled = topics.map(compileTopic);
  return {
    match(text) {
      if (compiled.length === 0) return [];
      const folded = foldText(text);
      const tokens = contentTokens(text);
      const detections: Detection[] = [];
      for (const topic of compiled) {
        const weights: number[] = [];
        let start = Number.POSITIVE_INFINITY;
        let end = 0;
        for (const signal of topic.signals) {
          const matches = [...folded.text.matchAll(signal.pattern)].filter((match) => match[0].length > 0);
          if (matches.length === 0) continue;
          weights.push(signal.weight);
          for (const match of matches) {
            start = Math.min(start, match.index);
            end = Math.max(end, match.index + match[0].length);
          }
        }
        const bestExample = Math.max(0, ...topic.examples.map((example) => coverage(tokens, example)));
        const exampleWeight = topic.signals.length > 0 ? 0.35 : 0.7;
        if (bestExample >= 0.5) weights.push(exampleWeight * bestExample * bestExample);
        if (topic.signals.length === 0) {
          const definitionHits = [...topic.definition].filter((token) => tokens.has(token)).length;
          for (let hit = 0; hit < Math.min(definitionHits, 2); hit++) weights.push(0.15);
        }
        const score = combineScores(weights);
        if (score < topicThreshold) continue;
        const span = Number.isFinite(start) ? folded.toOriginal(start, end) : { start: 0, end: text.length };
        detections.push({ type: topic.name, category: "DENIED_TOPIC", ...span, score });
      }
      return detections;
    },
  };
}
