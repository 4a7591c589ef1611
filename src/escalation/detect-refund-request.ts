import type { Language } from "../i18n/language.ts";
import type { DetectorResult } from "./detector-result.ts";
import { findCue } from "./find-cue.ts";
import { refundRequestCues } from "./refund-request-cues.ts";

/** Whether the customer asks for money back (not for the refund policy, and not declining one). */
export function detectRefundRequest(text: string, language?: Language): DetectorResult {
  return findCue(text, refundRequestCues, language);
}
