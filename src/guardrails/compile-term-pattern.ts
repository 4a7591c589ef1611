import { foldPhrase } from "../i18n/fold-text.ts";
import type { FoldedText } from "../i18n/fold-text.ts";

// Scripts written with spaces between words need word boundaries; Han text does not have them.
const spacedWordCharacter = "[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}]";
const isSpacedWordCharacter = new RegExp(`^${spacedWordCharacter}$`, "u");

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface PhraseSource {
  body: string;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

function phraseSource(phrase: string): PhraseSource {
  const folded = foldPhrase(phrase.trim());
  const tokens = folded.split(/\s+/).filter(Boolean);
  const body = tokens
    .map((token) => (token.endsWith("*") ? `${escapeRegex(token.slice(0, -1))}[\\p{L}\\p{N}]*` : escapeRegex(token)))
    .join("[\\s\\-]+");
  const first = folded[0] ?? "";
  const last = folded.endsWith("*") ? "" : (folded.at(-1) ?? "");
  return { body, boundaryBefore: isSpacedWordCharacter.test(first), boundaryAfter: isSpacedWordCharacter.test(last) };
}

/** Prefix of a phrase that is a regular expression over folded text rather than literal words. */
export const regexPhrasePrefix = "re:";

/**
 * Compiles phrases into one regex over folded text: whole words for spaced scripts, substrings for Han,
 * a trailing `*` for any word ending ("abogad*"), any run of spaces or hyphens between words, and
 * `re:` for the constructions words cannot express ("re:\b\w+er than" in a policy file).
 */
export function compileTerms(phrases: readonly string[]): RegExp {
  // Phrases are grouped by the boundaries they need, so that each boundary class (a large Unicode
  // set) appears a few times in the regex rather than once per phrase; V8 compiles it far faster.
  const groups = new Map<string, Set<string>>();
  const regexPhrases: string[] = [];
  for (const phrase of phrases) {
    if (phrase.trim().length === 0) continue;
    if (phrase.startsWith(regexPhrasePrefix)) {
      regexPhrases.push(`(?:${phrase.slice(regexPhrasePrefix.length)})`);
      continue;
    }
    const source = phraseSource(phrase);
    const key = `${source.boundaryBefore ? "(?<!W)" : ""}(?:BODY)${source.boundaryAfter ? "(?!W)" : ""}`;
    const bodies = groups.get(key) ?? new Set<string>();
    bodies.add(source.body);
    groups.set(key, bodies);
  }
  // A regex that never matches keeps callers free of empty-list checks.
  if (groups.size === 0 && regexPhrases.length === 0) return /(?!)/gu;
  const alternatives = [...groups].map(([template, bodies]) => {
    const sorted = [...bodies].sort((a, b) => b.length - a.length);
    return template.replaceAll("W", spacedWordCharacter).replace("BODY", () => sorted.join("|"));
  });
  return new RegExp([...alternatives, ...regexPhrases].join("|"), "gu");
}

/** All non-overlapping matches of a compiled pattern, as spans of the original text. */
export function findSpans(folded: FoldedText, pattern: RegExp): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  for (const match of folded.text.matchAll(global)) {
    if (match[0].length === 0) continue;
    spans.push(folded.toOriginal(match.index, match.index + match[0].length));
  }
  return spans;
}
