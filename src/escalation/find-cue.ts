import type { Language } from "../i18n/language.ts";
import { supportedLanguages } from "../i18n/language.ts";
import type { DetectorResult } from "./detector-result.ts";
import { noMatch } from "./detector-result.ts";
import { foldText } from "../i18n/fold-text.ts";
import { splitClauses } from "./split-clauses.ts";
import { clipLongText } from "./clip-long-text.ts";

/** One wording of an intent, matched against a folded clause (lower case, no accents). */
export interface Cue {
  pattern: RegExp;
  /** 0..1: how surely this wording means the intent. */
  score: number;
  /** The clause must also contain this (a German verb often comes at the end). */
  requires?: RegExp;
  /** The wording carries its own negation ("I don't want a bot"), so a negation before it does not cancel it. */
  ownNegation?: boolean;
}

/** The cues of one language and what cancels them. */
export interface CueSet {
  cues: readonly Cue[];
  /** Phrases sharing a cue's words with another meaning ("password manager"); blanked out before matching. */
  lookAlikes: readonly RegExp[];
  /** A negation earlier in the same clause cancels a cue ("no need for an agent"). */
  negation: RegExp;
  /** Wording before a negation that keeps it from cancelling ("why can't I ...", "can't I ..."). */
  notNegating?: RegExp;
  /** A negation right after a cue that cancels it (German puts "nicht" late). */
  negationAfter?: RegExp;
}

export type MultilingualCues = Readonly<Record<Language, CueSet>>;

/**
 * The languages whose cues are tried: the conversation's, plus English and Chinese, which
 * customers mix into any language and which cannot collide with the others' wordings.
 */
export function cueLanguages(language: Language | undefined): readonly Language[] {
  if (language === undefined) return supportedLanguages;
  return [...new Set<Language>([language, "en", "zh"])];
}

/** Finds the strongest cue that is not negated in any clause of `text`. */
export function findCue(text: string, cues: MultilingualCues, language?: Language): DetectorResult {
  const folded = foldText(clipLongText(text));
  let best: DetectorResult = noMatch;
  for (const clause of splitClauses(folded.text)) {
    for (const cueLanguage of cueLanguages(language)) {
      const set = cues[cueLanguage];
      const visible = blankLookAlikes(clause.text, set.lookAlikes);
      for (const cue of set.cues) {
        if (cue.score <= best.score) continue;
        const match = cue.pattern.exec(visible);
        if (match === null || (cue.requires !== undefined && !cue.requires.test(visible))) continue;
        const start = match.index;
        const end = start + match[0].length;
        if (!cue.ownNegation && isNegated(visible, start, end, set)) continue;
        best = { matched: true, score: cue.score, evidence: folded.originalSpan(clause.start + start, clause.start + end) };
      }
    }
  }
  return best;
}

const globalVersions = new WeakMap<RegExp, RegExp>();

// Same-length blanks keep offsets valid for the evidence.
function blankLookAlikes(text: string, lookAlikes: readonly RegExp[]): string {
  let visible = text;
  for (const lookAlike of lookAlikes) {
    let global = globalVersions.get(lookAlike);
    if (global === undefined) {
      global = new RegExp(lookAlike.source, lookAlike.flags.includes("g") ? lookAlike.flags : `${lookAlike.flags}g`);
      globalVersions.set(lookAlike, global);
    }
    visible = visible.replace(global, (found) => " ".repeat(found.length));
  }
  return visible;
}

function isNegated(clause: string, start: number, end: number, set: CueSet): boolean {
  const before = clause.slice(0, start);
  if (set.negation.test(before) && !(set.notNegating?.test(before) ?? false)) return true;
  return set.negationAfter?.test(clause.slice(end)) ?? false;
}
