import { detectLanguage } from "../i18n/detect-language.ts";
import type { Language } from "../i18n/language.ts";
import { collectHanValences } from "./collect-han-valences.ts";
import { collectLatinValences } from "./collect-latin-valences.ts";
import type { DetectorResult } from "./detector-result.ts";
import { foldText } from "../i18n/fold-text.ts";
import type { SentimentHit } from "./sentiment-hit.ts";
import { emojiValences, sentimentLexicons } from "./sentiment-lexicon.ts";
import type { SentimentLexicon } from "./sentiment-lexicon.ts";
import { clipLongText } from "./clip-long-text.ts";

// VADER's normalisation constant: one strong word lands near ±0.6, three near ±0.9.
const normalisation = 15;
// Per "!" (at most four), in the direction the words already point.
const exclamationBoost = 0.292;
const maxExclamations = 4;
const capsBoost = 1.3;
// A message mostly in capitals reads as raised voice in a support chat, whatever its words.
const shoutingPenalty = 0.8;
const confidentDetection = 0.5;

/**
 * Lexicon sentiment of a customer message in -1..1 (`score`); `matched` says whether any word
 * counted at all. The offline stand-in for a model's judgement, with known limits: it reads
 * words, not meaning, so sarcasm ("great, just great"), irony, idioms outside the lexicon and
 * negation further than three words away are missed; a calm, factual complaint stays mild.
 */
export function scoreSentiment(fullText: string, language?: Language): DetectorResult {
  const text = clipLongText(fullText);
  const folded = foldText(text);
  const hits: SentimentHit[] = [
    ...(/\p{Script=Han}/u.test(folded.text) ? collectHanValences(folded.text, sentimentLexicons.zh) : []),
    ...collectLatinValences(folded.text, latinLexicon(text, language)),
  ];
  const emoji = emojiValence(text);
  const shouting = isShouting(text);
  let raw = emoji;
  for (const hit of hits) {
    const shouted = !shouting && isCapitalised(folded.originalSpan(hit.start, hit.end));
    raw += hit.valence * (shouted ? capsBoost : 1);
  }
  if (shouting) raw -= shoutingPenalty;
  const exclamations = Math.min(maxExclamations, (text.match(/[!！]/gu) ?? []).length);
  if (raw !== 0) raw += Math.sign(raw) * exclamations * exclamationBoost;

  const score = Math.max(-1, Math.min(1, raw / Math.sqrt(raw * raw + normalisation)));
  const evidence = hits
    .filter((hit) => Math.abs(hit.valence) >= 1)
    .sort((a, b) => Math.abs(b.valence) - Math.abs(a.valence))
    .slice(0, 4)
    .map((hit) => folded.originalSpan(hit.start, hit.end));
  return {
    matched: hits.length > 0 || emoji !== 0 || shouting,
    score: Math.round(score * 1000) / 1000,
    evidence: evidence.length > 0 ? evidence.join(", ") : undefined,
  };
}

const merged = new Map<string, SentimentLexicon>();

// The conversation's language first; the message's own language (when the detector is sure)
// fills in, for the customer who switches to English to complain.
function latinLexicon(text: string, language: Language | undefined): SentimentLexicon {
  // The opening is enough to tell a switch of language.
  const detected = detectLanguage(text.slice(0, 300));
  const candidates = [language, detected.confidence >= confidentDetection ? detected.language : undefined].filter(
    (candidate): candidate is Exclude<Language, "zh"> => candidate !== undefined && candidate !== "zh",
  );
  const [primary = "en", secondary] = [...new Set(candidates)];
  if (secondary === undefined) return sentimentLexicons[primary];
  const key = `${primary}+${secondary}`;
  let lexicon = merged.get(key);
  if (lexicon === undefined) {
    lexicon = mergeLexicons(sentimentLexicons[primary], sentimentLexicons[secondary]);
    merged.set(key, lexicon);
  }
  return lexicon;
}

function mergeLexicons(primary: SentimentLexicon, secondary: SentimentLexicon): SentimentLexicon {
  return {
    entries: new Map([...secondary.entries, ...primary.entries]),
    stems: [...primary.stems, ...secondary.stems].sort((a, b) => b[0].length - a[0].length),
    phraseStarts: new Set([...primary.phraseStarts, ...secondary.phraseStarts]),
    intensifiers: new Map([...secondary.intensifiers, ...primary.intensifiers]),
    negators: new Set([...primary.negators, ...secondary.negators]),
    contrasts: new Set([...primary.contrasts, ...secondary.contrasts]),
    negationFollows: primary.negationFollows,
  };
}

function emojiValence(text: string): number {
  let total = 0;
  for (const [emoji, valence] of emojiValences) {
    if (emoji.length > 1 && emojiValences.has(emoji.slice(0, 1))) continue;
    total += (text.split(emoji).length - 1) * valence;
  }
  return total;
}

function isCapitalised(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isShouting(text: string): boolean {
  const words = text.match(/\p{Script=Latin}{3,}/gu) ?? [];
  const capitalised = words.filter(isCapitalised);
  return capitalised.length >= 2 && capitalised.length / words.length >= 0.6;
}
