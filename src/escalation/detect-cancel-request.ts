import type { Language } from "../i18n/language.ts";
import { cancelRequestCues } from "./cancel-request-cues.ts";
import type { DetectorResult } from "./detector-result.ts";
import { findCue } from "./find-cue.ts";

/** Whether the customer wants to cancel an order, subscription, contract or account. */
export function detectCancelRequest(text: string, language?: Language): DetectorResult {
  return findCue(text, cancelRequestCues, language);
}
