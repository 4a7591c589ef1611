import { combineScores } from "./combine-scores.ts";
import { compileTerms } from "./compile-term-pattern.ts";
import { contentLexicon, secondPersonPhrases } from "./content-lexicon.ts";
import type { ContentCategory, LexiconEntry } from "./content-lexicon.ts";
import { foldText } from "../i18n/fold-text.ts";
import type { Detection } from "./types.ts";

interface CompiledEntry {
  weight: number;
  pattern: RegExp;
  directed: boolean;
}

const directedBoost = 0.4;
const secondPerson = compileTerms(secondPersonPhrases);

function compileEntry(entry: LexiconEntry): CompiledEntry {
  const pattern = entry.pattern !== undefined ? new RegExp(entry.pattern, "gu") : compileTerms(entry.phrases ?? []);
  return { weight: entry.weight, pattern, directed: entry.directed ?? false };
}

const compiledLexicon = Object.fromEntries(
  Object.entries(contentLexicon).map(([category, entries]) => [category, entries.map(compileEntry)]),
) as Record<ContentCategory, CompiledEntry[]>;

/** Scores a text for each content category by weighted lexicon matches; categories with no match are left out. */
export function scoreContentFilters(text: string, categories: readonly ContentCategory[]): Detection[] {
  const folded = foldText(text);
  const detections: Detection[] = [];
  for (const category of categories) {
    const weights: number[] = [];
    let start = Number.POSITIVE_INFINITY;
    let end = 0;
    for (const entry of compiledLexicon[category]) {
      let strongest = 0;
      for (const match of folded.text.matchAll(entry.pattern)) {
        if (match[0].length === 0) continue;
        const aimed = entry.directed && isAimedAtSomeone(folded.text, match.index);
        strongest = Math.max(strongest, aimed ? combineScores([entry.weight, directedBoost]) : entry.weight);
        start = Math.min(start, match.index);
        end = Math.max(end, match.index + match[0].length);
      }
      if (strongest > 0) weights.push(strongest);
    }
    if (weights.length === 0) continue;
    detections.push({ type: category, category: "CONTENT", ...folded.toOriginal(start, end), score: combineScores(weights) });
  }
  return detections;
}

/** Whether a second-person word comes at most two words before the insult ("tu es vraiment un"). */
function isAimedAtSomeone(foldedText: string, index: number): boolean {
  const before = foldedText.slice(Math.max(0, index - 32), index);
  for (const match of before.matchAll(secondPerson)) {
    const between = before.slice(match.index + match[0].length);
    // "Thank you, stupid mistake of mine" thanks someone; it does not insult them.
    if (/thank\s*$/.test(before.slice(0, match.index))) continue;
    if (between.trim().split(/\s+/).filter(Boolean).length <= 2) return true;
  }
  return false;
}
