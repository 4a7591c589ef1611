import { findPhoneNumbersInText } from "libphonenumber-js/max";
import type { CountryCode } from "libphonenumber-js";
import { cueBefore, phoneCue, referenceCue } from "./context-cues.ts";
import type { Detection, GuardrailLanguage } from "./types.ts";

const countryForLanguage: Record<GuardrailLanguage, CountryCode> = { en: "US", es: "ES", fr: "FR", de: "DE", zh: "CN" };
const defaultCountries: CountryCode[] = ["US", "ES", "FR", "DE", "CN"];
const dottedQuad = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// No national plan in the shipped countries groups digits 3-2-4; that is the shape of a US SSN.
const socialSecurityShape = /^\d{3}[- ]\d{2}[- ]\d{4}$/;
// German numbers have no fixed length, so libphonenumber reads "2024-03-15" or "18.03.2024" as one.
const dateShape = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))$/;

export const minimumPhoneScore = 0.55;

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
  for (const country of countries) {
    for (const found of findPhoneNumbersInText(text, { defaultCountry: country })) {
      const { startsAt: start, endsAt: end } = found;
      if (detections.some((seen) => start < seen.end && seen.start < end)) continue;
      if (!found.number.isValid()) continue;
      const raw = text.slice(start, end).trim();
      if (dottedQuad.test(raw) || socialSecurityShape.test(raw) || dateShape.test(raw)) continue;
      const international = /^(?:\+|00)/.test(raw);
      let score = international ? 0.85 : country === preferred ? 0.6 : 0.45;
      if (/[\s\-.()/]/.test(raw)) score += 0.1;
      if (!international && found.number.nationalNumber.length < 8) score -= 0.15;
      if (cueBefore(text, start, phoneCue, 40)) score += 0.3;
      if (cueBefore(text, start, referenceCue, 24)) score -= international ? 0.4 : 0.6;
      if (score < minimumPhoneScore) continue;
      detections.push({ type: "PHONE", category: "PII", start, end, score: Math.min(score, 1) });
    }
  }
  return detections;
}
