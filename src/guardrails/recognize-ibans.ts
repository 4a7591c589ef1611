import { compileTerms } from "./compile-term-pattern.ts";
import { cueBefore } from "./context-cues.ts";
import { ibanLength, isIbanChecksumValid } from "./iban-checksum.ts";
import type { Detection } from "./types.ts";

const ibanStart = /(?<![\p{Script=Latin}\p{N}])[A-Za-z]{2}\d{2}/gu;
const alphanumeric = /[A-Za-z0-9]/;
const ibanCue = compileTerms(["iban", "bic", "swift", "sepa", "bank", "banco", "banque", "rib", "konto", "bankverbindung", "银行"]);

/** Finds IBANs, written compact or in groups, that pass the mod-97 checksum. */
export function recognizeIbans(text: string): Detection[] {
  const detections: Detection[] = [];
  let consumedUntil = 0;
  for (const match of text.matchAll(ibanStart)) {
    if (match.index < consumedUntil) continue;
    const expected = ibanLength(match[0].slice(0, 2));
    if (expected === undefined) continue;
    const start = match.index;
    const end = readGroupedAlphanumerics(text, start, expected);
    if (end === undefined) continue;
    const compact = text.slice(start, end).replace(/[\s-]/g, "");
    if (!isIbanChecksumValid(compact)) continue;
    const score = cueBefore(text, start, ibanCue, 40) ? 1 : 0.95;
    detections.push({ type: "INTERNATIONAL_BANK_ACCOUNT_NUMBER", category: "PII", start, end, score });
    consumedUntil = end;
  }
  return detections;
}

/**
 * Reads exactly `count` letters and digits from `start`, allowing one space or dash between them,
 * and returns where they end — or undefined when the run is shorter or keeps going past `count`.
 */
function readGroupedAlphanumerics(text: string, start: number, count: number): number | undefined {
  let seen = 0;
  let index = start;
  while (index < text.length && seen < count) {
    const character = text[index];
    if (alphanumeric.test(character)) {
      seen++;
      index++;
    } else if ((character === " " || character === "-") && alphanumeric.test(text[index + 1] ?? "")) {
      index++;
    } else {
      break;
    }
  }
  if (seen !== count) return undefined;
  return alphanumeric.test(text[index] ?? "") ? undefined : index;
}
