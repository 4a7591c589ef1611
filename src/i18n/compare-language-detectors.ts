import { countWords } from "./count-words.ts";
import { supportedLanguages } from "./language.ts";
import type { Language, LanguageDetector } from "./language.ts";
import type { LabelledMessage } from "./labelled-message.ts";

/** Accuracy is a share in 0..1; undefined when the slice has no messages. */
export interface DetectorScore {
  detector: string;
  overall: number;
  perLanguage: Record<Language, number | undefined>;
  /** Unambiguous messages of five words or fewer. */
  short: number | undefined;
  ambiguous: number | undefined;
  medianMicroseconds: number;
  messages: number;
  /** Messages the detector got wrong, to read rather than to count. */
  misses: DetectorMiss[];
}

export interface DetectorMiss {
  id: string;
  text: string;
  expected: Language;
  detected: Language | undefined;
}

export const shortMessageWords = 5;
const timingRounds = 5;

/** Measures every candidate on the labelled messages; rows are sorted best first. */
export async function compareLanguageDetectors(
  messages: readonly LabelledMessage[],
  candidates?: Record<string, LanguageDetector>,
): Promise<DetectorScore[]> {
  // Loaded on demand: the candidates pull in every library's model, which the app never needs.
  const detectors = candidates ?? (await import("./language-detector-candidates.ts")).languageDetectorCandidates;
  const rows = Object.entries(detectors).map(([name, detect]) => scoreDetector(name, detect, messages));
  return rows.sort((a, b) => b.overall - a.overall || a.medianMicroseconds - b.medianMicroseconds);
}

function scoreDetector(name: string, detect: LanguageDetector, messages: readonly LabelledMessage[]): DetectorScore {
  const detected = messages.map((message) => detect(message.text).language);
  const correct = messages.map((message, index) => detected[index] === message.lang);
  const accuracyOf = (keep: (message: LabelledMessage) => boolean) => accuracy(messages, correct, keep);
  const perLanguage = Object.fromEntries(
    supportedLanguages.map((language) => [language, accuracyOf((m) => !m.ambiguous && m.lang === language)]),
  ) as Record<Language, number | undefined>;
  return {
    detector: name,
    overall: accuracyOf(() => true) ?? 0,
    perLanguage,
    short: accuracyOf((m) => !m.ambiguous && countWords(m.text) <= shortMessageWords),
    ambiguous: accuracyOf((m) => m.ambiguous === true),
    medianMicroseconds: medianCallTime(detect, messages),
    messages: messages.length,
    misses: messages
      .map((message, index) => ({ id: message.id, text: message.text, expected: message.lang, detected: detected[index] }))
      .filter((_, index) => !correct[index]),
  };
}

function accuracy(
  messages: readonly LabelledMessage[],
  correct: readonly boolean[],
  keep: (message: LabelledMessage) => boolean,
): number | undefined {
  let total = 0;
  let right = 0;
  messages.forEach((message, index) => {
    if (!keep(message)) return;
    total += 1;
    if (correct[index]) right += 1;
  });
  return total === 0 ? undefined : right / total;
}

function medianCallTime(detect: LanguageDetector, messages: readonly LabelledMessage[]): number {
  // The first pass above already warmed the JIT and any lazy tables; these rounds are steady state.
  const times: number[] = [];
  for (let round = 0; round < timingRounds; round += 1) {
    for (const message of messages) {
      const start = performance.now();
      detect(message.text);
      times.push((performance.now() - start) * 1000);
    }
  }
  if (times.length === 0) return 0;
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
}

/** Renders the comparison as a Markdown table. */
export function formatComparisonTable(rows: readonly DetectorScore[]): string {
  const percent = (value: number | undefined) => (value === undefined ? "–" : `${(value * 100).toFixed(1)}%`);
  const header = ["detector", "overall", ...supportedLanguages, "≤5 words", "ambiguous", "median µs/call"];
  const lines = rows.map((row) => [
    row.detector,
    percent(row.overall),
    ...supportedLanguages.map((language) => percent(row.perLanguage[language])),
    percent(row.short),
    percent(row.ambiguous),
    row.medianMicroseconds.toFixed(1),
  ]);
  return [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
