import { findPhoneNumbersInText } from "libphonenumber-js/max";
import type { CountryCode } from "libphonenumber-js";
import { cueDistanceBefore, phoneCue, referenceCue } from "./context-cues.ts";
import type { Detection, GuardrailLanguage } from "./types.ts";

const countryForLanguage: Record<GuardrailLanguage, CountryCode> = { en: "US", es: "ES", fr: "FR", de: "DE", zh: "CN" };
const defaultCountries: CountryCode[] = ["US", "ES", "FR", "DE", "CN"];
const dottedQuad = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// No national plan in the shipped countries groups digits 3-2-4; that is the shape of a US SSN.
const socialSecurityShape = /^\d{3}[- ]\d{2}[- ]\d{4}$/;
// German numbers have no fixed length, so libphonenumber reads "2024-03-15" or "18.03.2024" as one.
const dateShape = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))$/;

// Stretches of text that could hold a phone number. libphonenumber's matcher costs up to a few
// milliseconds per call on digit-heavy text, so it only ever sees these stretches, cut into short
// overlapping windows, and at most `windowBudget` of them per message.
const numericStretch = /(?<![\p{Script=Latin}\p{N}])[+(（]?\d[\d\s().\-/–]*\d\)?(?!\p{Script=Latin})/gu;
const windowLength = 48;
const windowOverlap = 24;
const windowBudget = 48;
// A stretch right after a letters-and-digits token ("UPS 1Z 999 AA1 01 2345 6784") continues a code.
const codeTokenBefore = /(?:\p{L}\p{N}|\p{N}\p{L})[\p{L}\p{N}]*\s$/u;

export const minimumPhoneScore = 0.55;

interface NumericWindow {
  offset: number;
  text: string;
}

function numericWindows(text: string): NumericWindow[] {
  const windows: NumericWindow[] = [];
  for (const match of text.matchAll(numericStretch)) {
    if ((match[0].match(/\d/g)?.length ?? 0) < 6) continue;
    if (codeTokenBefore.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    for (let start = 0; start < match[0].length; start += windowLength - windowOverlap) {
      windows.push({ offset: match.index + start, text: match[0].slice(start, start + windowLength) });
      if (start + windowLength >= match[0].length) break;
    }
  }
  return windows;
}

/**
 * Finds valid phone numbers in international or national format. National numbers are read as
 * numbers of the conversation's country first; a number only valid elsewhere needs formatting or
 * a cue word, because plain digit runs are far more often order, tracking or postal codes.
 */
export function recognizePhoneNumbers(text: string, language: GuardrailLanguage = "en"): Detection[] {
  // libphonenumber's matcher is the costliest recognizer; most messages have no long digit runs.
  if ((text.match(/\d/g)?.length ?? 0) < 6) return [];
  const preferred = countryForLanguage[language];
  const countries = [preferred, ...defaultCountries.filter((country) => country !== preferred)];
  const detections: Detection[] = [];
  const allWindows = numericWindows(text);
  const windows = allWindows.slice(0, windowBudget);
  for (const country of countries) {
    const found = windows.flatMap((window) =>
      findPhoneNumbersInText(window.text, { defaultCountry: country }).map((number) => ({
        number: number.number,
        start: window.offset + number.startsAt,
        end: window.offset + number.endsAt,
      })),
    );
    for (const { number, start, end } of found) {
      if (detections.some((seen) => start < seen.end && seen.start < end)) continue;
      if (!number.isValid()) continue;
      const raw = text.slice(start, end).trim();
      if (dottedQuad.test(raw) || socialSecurityShape.test(raw) || dateShape.test(raw)) continue;
      const international = /^(?:\+|00)/.test(raw);
      let score = international ? 0.85 : country === preferred ? 0.6 : 0.45;
      if (/[\s\-.()/]/.test(raw)) score += 0.1;
      if (!international && number.nationalNumber.length < 8) score -= 0.15;
      const phoneCueDistance = cueDistanceBefore(text, start, phoneCue, 40);
      const referenceCueDistance = cueDistanceBefore(text, start, referenceCue, 24);
      if (phoneCueDistance !== undefined) score += 0.3;
      // The nearer cue names the number: "order arrived broken, call me on ..." is a phone number.
      if (referenceCueDistance !== undefined && (phoneCueDistance === undefined || referenceCueDistance < phoneCueDistance)) {
        score -= international ? 0.4 : 0.6;
      }
      if (score < minimumPhoneScore) continue;
      detections.push({ type: "PHONE", category: "PII", start, end, score: Math.min(score, 1) });
    }
  }
  // Past the budget (only machine-made text gets there) every long digit window is reported
  // unread: over-redacting such text is the safe failure.
  for (const window of allWindows.slice(windowBudget)) {
    const start = window.offset;
    const end = start + window.text.length;
    if ((window.text.match(/\d/g)?.length ?? 0) < 7) continue;
    if (detections.some((seen) => start < seen.end && seen.start < end)) continue;
    detections.push({ type: "PHONE", category: "PII", start, end, score: minimumPhoneScore });
  }
  return detections;
}
