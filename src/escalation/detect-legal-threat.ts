import type { Language } from "../i18n/language.ts";
import type { DetectorResult } from "./detector-result.ts";
import { findCue } from "./find-cue.ts";
import { legalThreatCues } from "./legal-threat-cues.ts";

/** Whether the customer threatens or mentions legal action, a lawyer, a consumer authority or a chargeback. */
export function detectLegalThreat(text: string, language?: Language): DetectorResult {
  return findCue(text, legalThreatCues, language);
}
