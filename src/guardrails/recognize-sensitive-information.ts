import type { SensitiveEntityType } from "./policy.ts";
import { recognizeCardNumbers } from "./recognize-card-numbers.ts";
import { recognizeEmailAddresses } from "./recognize-email-addresses.ts";
import { recognizeIbans } from "./recognize-ibans.ts";
import { recognizeIpAddresses } from "./recognize-ip-addresses.ts";
import { recognizePhoneNumbers } from "./recognize-phone-numbers.ts";
import { recognizeUsBankAccountNumbers } from "./recognize-us-bank-account-numbers.ts";
import { recognizeUsSocialSecurityNumbers } from "./recognize-us-social-security-numbers.ts";
import type { Detection, GuardrailLanguage } from "./types.ts";

type Recognizer = (text: string, language: GuardrailLanguage) => Detection[];

// Most specific first: a checksummed IBAN beats the card-like digits inside it, and any of them
// beats the phone number libphonenumber would happily read into the same digits.
const recognizers: Array<[SensitiveEntityType, Recognizer]> = [
  ["INTERNATIONAL_BANK_ACCOUNT_NUMBER", recognizeIbans],
  ["EMAIL", recognizeEmailAddresses],
  ["CREDIT_DEBIT_CARD_NUMBER", recognizeCardNumbers],
  ["US_SOCIAL_SECURITY_NUMBER", recognizeUsSocialSecurityNumbers],
  ["US_BANK_ACCOUNT_NUMBER", recognizeUsBankAccountNumbers],
  ["IP_ADDRESS", recognizeIpAddresses],
  ["PHONE", recognizePhoneNumbers],
];

/**
 * Runs every PII recognizer, keeps the most specific reading of each span, and returns the
 * detections of the requested types. All recognizers run even when a type is not requested, so
 * that, say, an unconfigured card number is never reported as a phone number.
 */
export function recognizeSensitiveInformation(
  text: string,
  types: ReadonlySet<SensitiveEntityType>,
  language: GuardrailLanguage,
): Detection[] {
  if (types.size === 0) return [];
  const kept: Detection[] = [];
  for (const [, recognize] of recognizers) {
    for (const detection of recognize(text, language)) {
      if (kept.some((other) => detection.start < other.end && other.start < detection.end)) continue;
      kept.push(detection);
    }
  }
  return kept
    .filter((detection) => types.has(detection.type as SensitiveEntityType))
    .sort((a, b) => a.start - b.start);
}
